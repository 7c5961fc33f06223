// The whole agreement record as the editor's form holds it. The same schema
// validates in the browser (before sending) and on the server (before
// saving); every error is a message key under `Editor.errors` in
// messages/*.json, translated where it is shown. A revision's snapshot is a
// value of this type too, so any revision can be restored through the form's
// own rules. Beside it: facts.ts (which facts a record states and cites),
// defaults.ts (an empty record).
import "@/lib/zod-config";
import { z } from "zod";
import { isStorableText } from "@/lib/http/storable";
import { bounds, parseFormDate, withoutBound, type PartialDate } from "@/lib/dates/partial-date";
import { MAX_ID } from "@/lib/http/params";

import { FACTS, rowListOf } from "@/lib/editor/facts";
import { passagesFromLegacy } from "@/lib/editor/passages";
import { AGREEMENT_KINDS, EVENT_TYPES, LANGUAGES, LEGAL_NATURES, RELATION_TYPES, SIGNATORY_ROLES, VISIBILITIES } from "@/lib/enums";

// The form's lists of values are the database's (lib/enums.ts).
export { EVENT_TYPES, LANGUAGES, LEGAL_NATURES, RELATION_TYPES, SIGNATORY_ROLES, VISIBILITIES };
export const RENEWAL_CHOICES = ["unknown", "yes", "no"] as const;

// Limits keep one request small and one record readable. The whole request is
// capped too (lib/api/write.ts).
const MAX_ROWS = 50;
const MAX_CITATIONS = 200;
const MAX_FACTS_PER_PASSAGE = 200;

// A NUL byte or half of a UTF-16 surrogate pair cannot be stored as text in
// PostgreSQL (nor shown): refused with a message, never a failed save.
export const text = (max: number, error = "tooLong") =>
  z
    .string()
    .trim()
    .max(max, { error })
    .refine(isStorableText, { error: "invalidCharacters" });
export const requiredText = (max: number, missing: string) => text(max).min(1, { error: missing });
const id = z.number().int().positive().max(MAX_ID);
/** A row's id as a form sends it. */
export const rowId = id;

const JAPANESE_ERA_YEAR = /^(?:(?:明治|大正|昭和|平成|令和|[MTSHR]\.?)\s*(?:\d{1,2}|元)|\d{1,2}(?:年|[-/.]\d|$))/i;

/**
 * "", "2026", "2026-03" or "2026-03-14": the precision is what is typed. A
 * date known only as a limit is typed after "<=" (on or before) or ">="
 * (on or after), e.g. "<=2022-08-05" for an exchange reported that day.
 */
export const partialDateText = z
  .string()
  .trim()
  .max(13, { error: "dateFormat" })
  .superRefine((value, ctx) => {
    if (value === "") return;
    const date = withoutBound(value);
    const year = Number(date.slice(0, 4));
    // A year typed in the Buddhist Era (2569 for 2026) is the likeliest slip.
    if (/^\d{4}/.test(date) && year >= 2400 && year <= 2800) {
      ctx.addIssue({ code: "custom", message: "dateBuddhistEra" });
      return;
    }
    // So is a Japanese era year (平成27, H27, R1-11, or a bare two-digit year
    // copied from a Japanese document), which no four-digit pattern catches.
    if (JAPANESE_ERA_YEAR.test(date)) {
      ctx.addIssue({ code: "custom", message: "dateJapaneseEra" });
      return;
    }
    const parsed = parseFormDate(value);
    if (!parsed) ctx.addIssue({ code: "custom", message: "dateFormat" });
    else if (year < 1900 || year > 2200) ctx.addIssue({ code: "custom", message: "dateRange" });
  });

export function dateOf(value: string): PartialDate | null {
  return value.trim() === "" ? null : parseFormDate(value);
}

const months = z.union([z.literal(""), z.coerce.number({ error: "wholeMonths" }).int({ error: "wholeMonths" }).min(1, { error: "wholeMonths" }).max(1200, { error: "wholeMonths" })]);

export const organizationDraftSchema = z.object({
  nameTh: requiredText(300, "nameThRequired"),
  nameEn: requiredText(300, "nameEnRequired"),
  abbreviation: text(30),
  countryCode: z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, { error: "countryCode" }),
});

const partySchema = z
  .object({ organizationId: id.nullable(), newOrganization: organizationDraftSchema.nullable() })
  .refine((p) => (p.organizationId === null) !== (p.newOrganization === null), { error: "pickOrganization", path: ["organizationId"] });

const signatorySchema = z
  .object({
    nameTh: text(200),
    nameEn: text(200),
    // The person's Japanese name (optional; absent from snapshots saved before the form asked for it).
    nameJa: text(200).optional(),
    positionTh: text(300),
    positionEn: text(300),
    // Japanese texts are optional and absent from snapshots saved before they existed.
    positionJa: text(300).optional(),
    // Index into `parties`: a signatory acts for one of the record's parties.
    party: z.number({ error: "pickParty" }).int().min(0, { error: "pickParty" }),
    role: z.enum(SIGNATORY_ROLES),
    planned: z.boolean(),
  })
  // A source may name only the side that signed (no person, no position):
  // such a row is kept, as the 2022 exchange's Thai side is.
  .superRefine((s, ctx) => {
    if (Boolean(s.nameTh) !== Boolean(s.nameEn)) ctx.addIssue({ code: "custom", message: "nameBothLanguages", path: [s.nameTh ? "nameEn" : "nameTh"] });
  });

export const scopeAreaDraftSchema = z.object({ labelTh: requiredText(200, "labelThRequired"), labelEn: requiredText(200, "labelEnRequired"), labelJa: text(200).optional() });

const scopeAreaSchema = z
  .object({ scopeAreaId: id.nullable(), newScopeArea: scopeAreaDraftSchema.nullable() })
  .refine((s) => (s.scopeAreaId === null) !== (s.newScopeArea === null), { error: "pickScopeArea", path: ["scopeAreaId"] });

const eventSchema = z.object({
  type: z.enum(EVENT_TYPES),
  date: partialDateText,
  descriptionTh: requiredText(1000, "descriptionThRequired"),
  descriptionEn: requiredText(1000, "descriptionEnRequired"),
  descriptionJa: text(1000).optional(),
});

const relationSchema = z.object({
  agreementId: z.number({ error: "pickAgreement" }).int().positive({ error: "pickAgreement" }).max(MAX_ID, { error: "pickAgreement" }),
  type: z.enum(RELATION_TYPES),
  noteTh: text(1000),
  noteEn: text(1000),
  noteJa: text(1000).optional(),
});

export const sourceDraftSchema = z.object({
  title: requiredText(500, "sourceTitleRequired"),
  // Links open from public pages: only web addresses, never javascript: or data:.
  url: z.union([z.literal(""), z.httpUrl({ error: "urlHttp" }).max(2000, { error: "tooLong" })]),
  publisher: text(300),
  language: z.enum(LANGUAGES),
  // The day a source was published is a date, never a limit.
  publishedOn: partialDateText.refine((v) => withoutBound(v) === v, { error: "dateNoBound" }),
});

const sourceSchema = z
  .object({ sourceId: id.nullable(), newSource: sourceDraftSchema.nullable() })
  .refine((s) => (s.sourceId === null) !== (s.newSource === null), { error: "pickSource", path: ["sourceId"] });

/** One fact a passage backs: a field of the record (row null) or a row of one of its lists. */
const citedFactSchema = z.object({
  fact: z.enum(FACTS, { error: "pickFact" }),
  // Index into the list the fact names (parties, signatories, …); null for
  // facts of the record itself.
  row: z.number().int().min(0).nullable(),
});

/**
 * A passage of one source, entered once, and the facts it backs. Input in
 * the shape before passages (one fact per entry: `fact` and `row` beside the
 * quote, as revisions saved before 5 December 2026 hold it) is read as one
 * passage per distinct quote (lib/editor/passages.ts).
 */
const citationSchema = z.object({
  // Index into `sources`.
  source: z.number({ error: "pickSource" }).int().min(0, { error: "pickSource" }),
  quote: requiredText(5000, "quoteRequired"),
  quoteEn: text(5000),
  // Thai rendering of a passage in another language (absent from snapshots saved before it existed).
  quoteTh: text(5000).default(""),
  // Japanese rendering of a passage in Thai or English.
  quoteJa: text(5000).default(""),
  noteTh: text(2000),
  noteEn: text(2000),
  noteJa: text(2000).optional(),
  // The passage disagrees with the value the record gives; the notes say how.
  contradicts: z.boolean().default(false),
  facts: z.array(citedFactSchema).min(1, { error: "pickFacts" }).max(MAX_FACTS_PER_PASSAGE, { error: "tooManyRows" }),
});

const agreementObjectSchema = z.object({
    slug: z
      .string()
      .trim()
      .min(1, { error: "slugRequired" })
      .max(64, { error: "slugFormat" })
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "slugFormat" }),
    kind: z.enum(AGREEMENT_KINDS, { error: "pickKind" }),
    legalNature: z.enum(LEGAL_NATURES).nullable(),
    originalLanguage: z.enum(LANGUAGES),
    visibility: z.enum(VISIBILITIES),
    titleTh: requiredText(500, "titleThRequired"),
    titleEn: requiredText(500, "titleEnRequired"),
    titleJa: text(500),
    summaryTh: text(5000),
    summaryEn: text(5000),
    summaryJa: text(5000),
    internalNote: text(5000),
    cabinetApprovalOn: partialDateText,
    signedOn: partialDateText,
    // The place of signing, as the sources name it (absent from snapshots saved before it existed).
    signedAtTh: text(300).default(""),
    signedAtEn: text(300).default(""),
    signedAtJa: text(300).default(""),
    effectiveOn: partialDateText,
    expiresOn: partialDateText,
    termMonths: months,
    automaticRenewal: z.enum(RENEWAL_CHOICES),
    terminationNoticeMonths: months,
    parties: z.array(partySchema).max(MAX_ROWS, { error: "tooManyRows" }),
    signatories: z.array(signatorySchema).max(MAX_ROWS, { error: "tooManyRows" }),
    scopeAreas: z.array(scopeAreaSchema).max(MAX_ROWS, { error: "tooManyRows" }),
    events: z.array(eventSchema).max(MAX_ROWS, { error: "tooManyRows" }),
    relations: z.array(relationSchema).max(MAX_ROWS, { error: "tooManyRows" }),
    sources: z.array(sourceSchema).max(MAX_ROWS, { error: "tooManyRows" }),
    citations: z.array(citationSchema).max(MAX_CITATIONS, { error: "tooManyRows" }),
  });

/** The record as the form holds it, with the checks that span fields. */
export const agreementFormSchema = agreementObjectSchema.superRefine((a, ctx) => {
    const signed = dateOf(a.signedOn);
    const expires = dateOf(a.expiresOn);
    const effective = dateOf(a.effectiveOn);
    // Only a certain contradiction is an error: "2019" may end after "2019-11".
    if (signed && expires && bounds(expires).last < bounds(signed).first) ctx.addIssue({ code: "custom", message: "expiryBeforeSignature", path: ["expiresOn"] });
    if (effective && expires && bounds(expires).last < bounds(effective).first) ctx.addIssue({ code: "custom", message: "expiryBeforeEffect", path: ["expiresOn"] });
    if (typeof a.termMonths === "number" && typeof a.terminationNoticeMonths === "number" && a.terminationNoticeMonths > a.termMonths)
      ctx.addIssue({ code: "custom", message: "noticeLongerThanTerm", path: ["terminationNoticeMonths"] });

    const seenOrgs = new Set<number>();
    a.parties.forEach((p, i) => {
      if (p.organizationId === null) return;
      if (seenOrgs.has(p.organizationId)) ctx.addIssue({ code: "custom", message: "duplicateParty", path: ["parties", i, "organizationId"] });
      seenOrgs.add(p.organizationId);
    });
    a.signatories.forEach((s, i) => {
      if (s.party >= a.parties.length) ctx.addIssue({ code: "custom", message: "pickParty", path: ["signatories", i, "party"] });
    });
    const seenScopes = new Set<number>();
    a.scopeAreas.forEach((s, i) => {
      if (s.scopeAreaId === null) return;
      if (seenScopes.has(s.scopeAreaId)) ctx.addIssue({ code: "custom", message: "duplicateScopeArea", path: ["scopeAreas", i, "scopeAreaId"] });
      seenScopes.add(s.scopeAreaId);
    });
    const seenRelations = new Set<string>();
    a.relations.forEach((r, i) => {
      const key = `${r.agreementId}:${r.type}`;
      if (seenRelations.has(key)) ctx.addIssue({ code: "custom", message: "duplicateRelation", path: ["relations", i, "agreementId"] });
      seenRelations.add(key);
    });
    a.citations.forEach((c, i) => {
      if (c.source >= a.sources.length) ctx.addIssue({ code: "custom", message: "pickSource", path: ["citations", i, "source"] });
      const seenFacts = new Set<string>();
      c.facts.forEach((f, j) => {
        const list = rowListOf(f.fact);
        if (list) {
          const rows = a[list];
          if (f.row === null || f.row >= rows.length) ctx.addIssue({ code: "custom", message: "pickRow", path: ["citations", i, "facts", j, "row"] });
        } else if (f.row !== null) ctx.addIssue({ code: "custom", message: "pickRow", path: ["citations", i, "facts", j, "row"] });
        const key = `${f.fact}:${f.row ?? ""}`;
        if (seenFacts.has(key)) ctx.addIssue({ code: "custom", message: "duplicateFact", path: ["citations", i, "facts", j, "fact"] });
        seenFacts.add(key);
      });
    });
  });

/** What the server accepts: the form's shape, or citations in the shape before passages (lib/editor/passages.ts). */
export const agreementInputSchema = z.preprocess(passagesFromLegacy, agreementFormSchema);

export type AgreementInput = z.infer<typeof agreementFormSchema>;
/** What the form sends before validation: the same shape, loosely typed. */
export type AgreementFormValues = z.input<typeof agreementObjectSchema>;

/** Field path ("signatories.1.nameEn") → message key. The first error wins. */
export type FieldErrors = Record<string, string>;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const path = issue.path.join(".") || "_form";
    // Zod's own messages (wrong type, unknown enum value) are not keys: a form
    // never sends those, so they are reported as one generic message.
    const key = /^[a-zA-Z]+$/.test(issue.message) ? issue.message : "invalid";
    errors[path] ??= key;
  }
  return errors;
}
