import { agreementJson } from "@/lib/api/agreement-json";
import { exportParamsSchema, findAllForExport } from "@/lib/api/export";
import { cacheable, preflight } from "@/lib/api/http";
import { invalidParameters, withDatabase } from "@/lib/api/responses";

export const dynamic = "force-dynamic";

export function OPTIONS() {
  return preflight();
}

export async function GET(request: Request) {
  const parsed = exportParamsSchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return invalidParameters(parsed.error);
  return withDatabase(async () => {
    const items = await findAllForExport(parsed.data);
    const body = JSON.stringify({ data: items.map(agreementJson), meta: { total: items.length } }, null, 2);
    return cacheable(request, body, "application/json; charset=utf-8", {
      "content-disposition": 'attachment; filename="thai-japan-ict-agreements.json"',
    });
  });
}
