import { stringify } from "csv-stringify";
import { findParamsSchema } from "@/lib/agreements/filters";
import { findAllIds } from "@/lib/agreements/find";
import { loadAgreementViews, type ListedAgreement } from "@/lib/agreements/views";
import { agreementJson } from "@/lib/api/agreement-json";

// Exports take the list's filters, search and sort, and always the whole
// result rather than a page of it.
export const exportParamsSchema = findParamsSchema.omit({ page: true, limit: true });
type ExportParams = ReturnType<typeof exportParamsSchema.parse>;

// Records are loaded this many at a time, so an export of any size holds one
// batch in memory (plus the list of matching ids, a few bytes each).
const BATCH = 100;

/**
 * The ids of every matching record, in the list's order. Read before the
 * response starts, so an unreachable database is still a 503.
 */
export const exportIds = (params: ExportParams) => findAllIds(params);

/** The records, whole, a batch at a time. */
async function* exportedAgreements(ids: number[]): AsyncGenerator<ListedAgreement> {
  for (let i = 0; i < ids.length; i += BATCH) yield* await loadAgreementViews(ids.slice(i, i + BATCH));
}

const join = (values: Array<string | null | undefined>) => values.filter(Boolean).join("; ");
/** A date known only as a limit, written as the form takes it: "<=2022-08-05" (on or before), ">=2019-11" (on or after). */
const limited = (iso: string | null | undefined, limits: { bound: string | null } | null | undefined) => (iso == null ? "" : limits?.bound === "ON_OR_BEFORE" ? `<=${iso}` : limits?.bound === "ON_OR_AFTER" ? `>=${iso}` : iso);

function csvRow(a: ListedAgreement, origin: string) {
  return {
    slug: a.slug,
    kind: a.kind,
    title_th: a.title.th,
    title_en: a.title.en,
    // Empty where the registry has no Japanese text (a reader then sees the English one).
    title_ja: a.title.ja ?? "",
    status: a.status,
    status_as_of: a.statusAsOf,
    cabinet_approval: limited(a.dates.cabinetApproval, a.dateLimits.cabinetApproval),
    signature: limited(a.dates.signature, a.dateLimits.signature),
    entry_into_effect: limited(a.dates.entryIntoEffect, a.dateLimits.entryIntoEffect),
    expiry: limited(a.dates.expiry, a.dateLimits.expiry),
    term_months: a.term?.months ?? "",
    automatic_renewal: a.automaticRenewal === null ? "" : String(a.automaticRenewal),
    termination_notice_months: a.terminationNoticeMonths ?? "",
    parties_th: join(a.parties.map((p) => p.name.th)),
    parties_en: join(a.parties.map((p) => p.name.en)),
    parties_ja: join(a.parties.map((p) => p.name.ja ?? p.name.en)),
    signatories_th: join(a.signatories.map((s) => [s.name?.th, s.position?.th, s.organization.name.th].filter(Boolean).join(", "))),
    signatories_en: join(a.signatories.map((s) => [s.name?.en, s.position?.en, s.organization.name.en].filter(Boolean).join(", "))),
    scope_areas_th: join(a.scopeAreas.map((s) => s.label.th)),
    scope_areas_en: join(a.scopeAreas.map((s) => s.label.en)),
    scope_areas_ja: join(a.scopeAreas.map((s) => s.label.ja ?? s.label.en)),
    sources: join(a.sources.map((s) => s.url ?? s.title)),
    page_th: `${origin}/th/agreements/${a.slug}`,
    page_en: `${origin}/en/agreements/${a.slug}`,
    page_ja: `${origin}/ja/agreements/${a.slug}`,
  };
}
const CSV_COLUMNS = Object.keys(csvRow({ title: {}, dates: {}, dateLimits: {}, parties: [], signatories: [], scopeAreas: [], sources: [] } as unknown as ListedAgreement, ""));

const encoder = new TextEncoder();

/** A response body written as it is read, so the first bytes leave before the last records are loaded. */
function streamOf(chunks: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const iterator = chunks[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * One row per agreement, multi-valued fields joined with "; ", written by
 * csv-stringify's streaming API. Starts with a byte-order mark so
 * spreadsheet programs read the Thai as UTF-8.
 */
export function agreementsCsvStream(ids: number[], origin: string): ReadableStream<Uint8Array> {
  async function* chunks() {
    // escape_formulas: a text beginning = + - @ tab or CR is written with a leading '
    // so a spreadsheet shows it rather than running it (OWASP, CSV injection).
    const csv = stringify({ header: true, columns: CSV_COLUMNS, record_delimiter: "\r\n", bom: true, escape_formulas: true });
    const produce = (async () => {
      for await (const a of exportedAgreements(ids)) if (!csv.write(csvRow(a, origin))) await new Promise((r) => csv.once("drain", r));
      csv.end();
    })();
    produce.catch((error) => csv.destroy(error));
    for await (const chunk of csv) yield String(chunk);
    await produce;
  }
  return streamOf(chunks());
}

/** `{"data": [...], "meta": {"total": N}}`, one record at a time. */
export function agreementsJsonStream(ids: number[]): ReadableStream<Uint8Array> {
  async function* chunks() {
    yield '{\n  "data": [';
    let n = 0;
    for await (const a of exportedAgreements(ids)) yield `${n++ ? "," : ""}\n    ${JSON.stringify(agreementJson(a))}`;
    yield `\n  ],\n  "meta": { "total": ${n} }\n}\n`;
  }
  return streamOf(chunks());
}
