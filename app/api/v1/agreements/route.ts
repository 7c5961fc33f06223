import { findParamsSchema } from "@/lib/agreements/filters";
import { cacheDay } from "@/lib/cache/day";
import { publicApiList } from "@/lib/cache/public-reads";
import { cacheable, preflight } from "@/lib/http/cacheable";
import { invalidParameters, withDatabase } from "@/lib/http/errors";

export const dynamic = "force-dynamic";


export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = findParamsSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return invalidParameters(parsed.error);
  return withDatabase(async () => cacheable(request, await publicApiList(parsed.data, url.pathname + url.search, cacheDay().today), "application/json; charset=utf-8"));
}
