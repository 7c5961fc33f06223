import { findParamsSchema } from "@/lib/agreements/filters";
import { cacheDay } from "@/lib/cache/day";
import { publicAgreementPage } from "@/lib/cache/public-reads";
import { agreementJson } from "@/lib/api/agreement-json";
import { cacheableJson, preflight } from "@/lib/api/http";
import { invalidParameters, withDatabase } from "@/lib/api/responses";

export const dynamic = "force-dynamic";


export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = findParamsSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return invalidParameters(parsed.error);
  return withDatabase(async () => {
    const result = await publicAgreementPage(parsed.data, cacheDay().today);
    const pageUrl = (page: number) => {
      const next = new URL(url);
      next.searchParams.set("page", String(page));
      return `${next.pathname}${next.search}`;
    };
    return cacheableJson(request, {
      data: result.items.map(agreementJson),
      meta: { total: result.total, page: result.page, limit: result.limit, totalPages: result.totalPages, sort: result.sort, q: parsed.data.q ?? null },
      links: {
        self: pageUrl(result.page),
        next: result.page < result.totalPages ? pageUrl(result.page + 1) : null,
        prev: result.page > 1 ? pageUrl(result.page - 1) : null,
      },
    });
  });
}
