// The facts a record states, each of which a citation can back: fields of
// the record itself and rows of its lists. The form lists the facts no
// citation backs, and those whose value changed under a citation.
import { canonical } from "@/lib/editor/diff";
import type { AgreementFormValues } from "@/lib/editor/schema";

/** Facts of the record itself; a citation of one of these has no row. */
export const RECORD_FACTS = ["title", "kind", "summary", "legalNature", "cabinetApprovalOn", "signedOn", "signedAt", "effectiveOn", "expiresOn", "termMonths", "automaticRenewal", "terminationNoticeMonths"] as const;
/** Facts that are a row of a list; a citation of one of these names the row. */
export const ROW_FACTS = ["party", "signatory", "scopeArea", "event", "relation"] as const;
export const FACTS = [...RECORD_FACTS, ...ROW_FACTS] as const;
export type RowFact = (typeof ROW_FACTS)[number];
export type FactName = (typeof FACTS)[number];

/** The list of the form each row fact names its row in. */
export const ROW_FACT_LISTS = {
  party: "parties",
  signatory: "signatories",
  scopeArea: "scopeAreas",
  event: "events",
  relation: "relations",
} as const satisfies Record<RowFact, string>;
export type RowListName = (typeof ROW_FACT_LISTS)[RowFact];

export const rowListOf = (fact: string): RowListName | undefined => (ROW_FACT_LISTS as Record<string, RowListName>)[fact];

/** One fact of a record: a field of its own, or a row of one of its lists. */
export interface FactRef {
  fact: (typeof FACTS)[number];
  row: number | null;
}

/**
 * The facts the record states that no citation backs. Publishing does not
 * wait for them (a record may be published as its sources come in), but the
 * form lists them and publishing asks first: every fact shown to the public
 * should lead to its source.
 */
export function uncitedFacts(input: AgreementFormValues): FactRef[] {
  const cited = new Set(input.citations.flatMap((c) => c.facts.map((f) => `${f.fact}:${f.row ?? ""}`)));
  const stated: FactRef[] = [];
  const record = (fact: (typeof RECORD_FACTS)[number], present: boolean) => present && stated.push({ fact, row: null });
  record("title", Boolean(input.titleTh || input.titleEn));
  record("kind", true);
  record("summary", Boolean(input.summaryTh || input.summaryEn || input.summaryJa));
  record("legalNature", input.legalNature != null);
  for (const date of ["cabinetApprovalOn", "signedOn", "effectiveOn", "expiresOn"] as const) record(date, String(input[date] ?? "").trim() !== "");
  record("signedAt", Boolean(input.signedAtTh?.trim() || input.signedAtEn?.trim() || input.signedAtJa?.trim()));
  record("termMonths", input.termMonths !== "" && input.termMonths !== undefined);
  record("automaticRenewal", input.automaticRenewal !== "unknown");
  record("terminationNoticeMonths", input.terminationNoticeMonths !== "" && input.terminationNoticeMonths !== undefined);
  for (const fact of ROW_FACTS) input[ROW_FACT_LISTS[fact]].forEach((_, row) => stated.push({ fact, row }));
  return stated.filter((f) => !cited.has(`${f.fact}:${f.row ?? ""}`));
}

const RECORD_FACT_FIELDS: Record<(typeof RECORD_FACTS)[number], Array<keyof AgreementFormValues>> = {
  title: ["titleTh", "titleEn", "titleJa"],
  kind: ["kind"],
  summary: ["summaryTh", "summaryEn", "summaryJa"],
  legalNature: ["legalNature"],
  cabinetApprovalOn: ["cabinetApprovalOn"],
  signedOn: ["signedOn"],
  signedAt: ["signedAtTh", "signedAtEn", "signedAtJa"],
  effectiveOn: ["effectiveOn"],
  expiresOn: ["expiresOn"],
  termMonths: ["termMonths"],
  automaticRenewal: ["automaticRenewal"],
  terminationNoticeMonths: ["terminationNoticeMonths"],
};

/**
 * Cited facts whose value changed since `saved`: their passages may no longer
 * say what the record now says, so the form asks the editor to check them.
 */
export function changedCitedFacts(saved: AgreementFormValues, current: AgreementFormValues): FactRef[] {
  const same = (a: unknown, b: unknown) => canonical(a) === canonical(b);
  // Only facts the saved record cited: on a new record, or for a citation
  // added in this edit, nothing was cited before that could now be wrong.
  const citedBefore = new Set(saved.citations.flatMap((p) => p.facts.map((f) => `${f.fact}:${f.row ?? ""}`)));
  const seen = new Set<string>();
  const result: FactRef[] = [];
  for (const c of current.citations.flatMap((p) => p.facts)) {
    const key = `${c.fact}:${c.row ?? ""}`;
    if (seen.has(key) || !citedBefore.has(key)) continue;
    seen.add(key);
    const fields = (RECORD_FACT_FIELDS as Record<string, Array<keyof AgreementFormValues>>)[c.fact];
    const list = rowListOf(c.fact);
    const changed = fields ? fields.some((f) => !same(saved[f], current[f])) : list !== undefined && c.row !== null && !same(saved[list][c.row], current[list][c.row]);
    if (changed) result.push({ fact: c.fact, row: c.row });
  }
  return result;
}
