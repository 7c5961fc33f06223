import { NextResponse } from "next/server";
import { findRenamedSlug, getPublicAgreement } from "@/lib/agreements/queries";
import { serializeAgreement } from "@/lib/agreements/serialize";
import { CORS_HEADERS, cacheableJson, preflight } from "@/lib/api/http";
import { jsonError, withDatabase } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  return withDatabase(async () => {
    const row = await getPublicAgreement(slug);
    if (row) return cacheableJson(request, { data: serializeAgreement(row) });
    // A renamed record keeps its old address: a permanent redirect.
    const renamed = await findRenamedSlug(slug);
    if (renamed) return NextResponse.redirect(new URL(`/api/v1/agreements/${renamed}`, request.url), { status: 301, headers: CORS_HEADERS });
    return jsonError(404, "not_found", `No published agreement has the slug "${slug}".`, { slug });
  });
}
