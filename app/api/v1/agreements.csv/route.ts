import { agreementsCsv, exportParamsSchema, findAllForExport } from "@/lib/api/export";
import { cacheable, preflight } from "@/lib/api/http";
import { invalidParameters, withDatabase } from "@/lib/api/responses";
import { requestOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = exportParamsSchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return invalidParameters(parsed.error);
  return withDatabase(async () => {
    const items = await findAllForExport(parsed.data);
    return cacheable(request, agreementsCsv(items, await requestOrigin(request)), "text/csv; charset=utf-8", {
      "content-disposition": 'attachment; filename="thai-japan-ict-agreements.csv"',
    });
  });
}
