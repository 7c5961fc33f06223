import { stringify } from "csv-stringify/sync";
import { findParamsSchema } from "@/lib/agreements/filters";
import { findAgreements } from "@/lib/agreements/find";
import type { ListedAgreement } from "@/lib/agreements/views";

// Exports take the list's filters, search and sort, and always the whole
// result rather than a page of it.
export const exportParamsSchema = findParamsSchema.omit({ page: true, limit: true });

export async function findAllForExport(params: ReturnType<typeof exportParamsSchema.parse>) {
  return (await findAgreements({ ...params, page: 1, limit: Number.MAX_SAFE_INTEGER })).items;
}

const join = (values: Array<string | null | undefined>) => values.filter(Boolean).join("; ");

/**
 * One row per agreement, multi-valued fields joined with "; ". Starts with a
 * byte-order mark so spreadsheet programs read the Thai as UTF-8.
 */
export function agreementsCsv(items: ListedAgreement[], origin: string): string {
  const rows = items.map((a) => ({
    slug: a.slug,
    kind: a.kind,
    title_th: a.title.th,
    title_en: a.title.en,
    status: a.status,
    status_as_of: a.statusAsOf,
    cabinet_approval: a.dates.cabinetApproval ?? "",
    signature: a.dates.signature ?? "",
    entry_into_effect: a.dates.entryIntoEffect ?? "",
    expiry: a.dates.expiry ?? "",
    term_months: a.term?.months ?? "",
    automatic_renewal: a.automaticRenewal === null ? "" : String(a.automaticRenewal),
    termination_notice_months: a.terminationNoticeMonths ?? "",
    parties_th: join(a.parties.map((p) => p.name.th)),
    parties_en: join(a.parties.map((p) => p.name.en)),
    signatories_th: join(a.signatories.map((s) => [s.name?.th, s.position?.th, s.organization.name.th].filter(Boolean).join(", "))),
    signatories_en: join(a.signatories.map((s) => [s.name?.en, s.position?.en, s.organization.name.en].filter(Boolean).join(", "))),
    scope_areas_th: join(a.scopeAreas.map((s) => s.label.th)),
    scope_areas_en: join(a.scopeAreas.map((s) => s.label.en)),
    sources: join(a.sources.map((s) => s.url ?? s.title)),
    page_th: `${origin}/th/agreements/${a.slug}`,
    page_en: `${origin}/en/agreements/${a.slug}`,
  }));
  return "\uFEFF" + stringify(rows, { header: true, columns: rows.length ? undefined : ["slug"], record_delimiter: "\r\n" });
}
