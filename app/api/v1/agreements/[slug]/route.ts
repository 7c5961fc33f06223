import { NextResponse } from "next/server";
import { cacheDay } from "@/lib/cache/day";
import { publicApiRecord, renamedSlug } from "@/lib/cache/public-reads";
import { CORS_HEADERS, cacheable, preflight } from "@/lib/http/cacheable";
import { jsonError, withDatabase } from "@/lib/http/errors";
import { VALID_FOR_EVER, VALID_UNTIL_HEADER } from "@/lib/server/shared-mark.mjs";

export const dynamic = "force-dynamic";


export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return withDatabase(async () => {
    const body = await publicApiRecord(slug, cacheDay().today);
    if (body) return cacheable(request, body, "application/json; charset=utf-8", { [VALID_UNTIL_HEADER]: body.validUntil ?? VALID_FOR_EVER });
    // A renamed record keeps its old address: a permanent redirect.
    const renamed = await renamedSlug(slug);
    if (renamed) return NextResponse.redirect(new URL(`/api/v1/agreements/${renamed}`, request.url), { status: 301, headers: CORS_HEADERS });
    return jsonError(404, "not_found", `No published agreement has the slug "${slug}".`, { slug });
  });
}
