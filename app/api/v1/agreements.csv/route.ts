import { agreementsCsvStream, exportIds, exportParamsSchema } from "@/lib/api/export";
import { CORS_HEADERS, preflight } from "@/lib/http/cacheable";
import { invalidParameters, withDatabase } from "@/lib/http/errors";
import { siteOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";


export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = exportParamsSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return invalidParameters(parsed.error);
  return withDatabase(async () => {
    const ids = await exportIds(parsed.data);
    // Streamed, so no ETag: its hash would need the whole body first.
    return new Response(agreementsCsvStream(ids, siteOrigin()), {
      headers: { ...CORS_HEADERS, "content-type": "text/csv; charset=utf-8", "cache-control": "public, max-age=60", "content-disposition": 'attachment; filename="thai-japan-ict-agreements.csv"' },
    });
  });
}
