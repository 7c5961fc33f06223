import { stringify } from "csv-stringify/sync";
import { can } from "@/lib/auth/roles";
import { getStaff } from "@/lib/auth/session";
import { auditExport, auditFilterOf } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";
import { withDatabase } from "@/lib/http/errors";
import { writeError } from "@/lib/api/write";

export const dynamic = "force-dynamic";

/** The audit log as CSV (UTF-8 with BOM, for spreadsheet programs), admins only. */
export async function GET(request: Request) {
  const staff = await getStaff(request.headers);
  if (!staff) return writeError(401, "signedOut");
  if (!can(staff.role, "manage-users")) return writeError(403, "forbidden");
  const url = new URL(request.url);
  return withDatabase(async () => {
    const entries = await auditExport(getDb(), auditFilterOf({ kind: url.searchParams.get("kind"), q: url.searchParams.get("q") }));
    const csv = stringify(
      entries.map((e) => [e.at.toISOString(), e.actorEmail, e.client ?? "", e.action, e.target, JSON.stringify(e.details)]),
      // escape_formulas: a cell beginning = + - @ tab or CR (an anonymous sign-in's
      // e-mail, "=HYPERLINK(…)") gets a leading ' so a spreadsheet shows it as text
      // rather than running it (OWASP, CSV injection; issue 26, part 6).
      { header: true, columns: ["at", "actor", "client", "action", "target", "details"], bom: true, escape_formulas: true },
    );
    return new Response(csv, {
      headers: { "content-type": "text/csv; charset=utf-8", "content-disposition": 'attachment; filename="audit-log.csv"', "cache-control": "private, no-store" },
    });
  });
}
