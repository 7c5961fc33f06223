import { agreementsJsonStream, exportIds, exportParamsSchema } from "@/lib/api/export";
import { CORS_HEADERS, preflight } from "@/lib/http/cacheable";
import { invalidParameters, withDatabase } from "@/lib/http/errors";

export const dynamic = "force-dynamic";


export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request) {
  const parsed = exportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidParameters(parsed.error);
  return withDatabase(async () => {
    const ids = await exportIds(parsed.data);
    // Streamed, so no ETag: its hash would need the whole body first.
    return new Response(agreementsJsonStream(ids), {
      headers: { ...CORS_HEADERS, "content-type": "application/json; charset=utf-8", "cache-control": "public, max-age=60", "content-disposition": 'attachment; filename="thai-japan-ict-agreements.json"' },
    });
  });
}
