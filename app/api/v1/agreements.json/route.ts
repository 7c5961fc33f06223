import { agreementsJsonStream, exportIds, exportParamsSchema } from "@/lib/api/export";
import { exportEtag } from "@/lib/api/export-etag";
import { CORS_HEADERS, holds, preflight } from "@/lib/http/cacheable";
import { invalidParameters, withDatabase } from "@/lib/http/errors";
import { siteOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request) {
  const parsed = exportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidParameters(parsed.error);
  return withDatabase(async () => {
    const ids = await exportIds(parsed.data);
    // Streamed: the tag names what the bytes depend on (lib/api/export-etag.ts).
    const etag = await exportEtag("json", request, siteOrigin(), ids);
    const headers = { ...CORS_HEADERS, etag, "cache-control": "public, max-age=60" };
    if (holds(request, etag)) return new Response(null, { status: 304, headers });
    return new Response(agreementsJsonStream(ids), {
      headers: { ...headers, "content-type": "application/json; charset=utf-8", "content-disposition": 'attachment; filename="thai-japan-ict-agreements.json"' },
    });
  });
}
