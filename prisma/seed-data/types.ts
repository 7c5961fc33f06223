// The shape a curated record is written in: the form's own values
// (lib/editor/schema.ts) for every list of values, with references by slug
// and a `cite` list beside each fact. prisma/seed.ts turns it into the form's
// input and saves it through the editor's save path.

import type { AgreementInput } from "@/lib/editor/schema";
import type { DateBound, DatePrecision } from "@/lib/enums";
import type { OrganizationSlug, PersonSlug, ScopeAreaKey } from "./reference";
import type { SourceKey } from "./sources";

export interface Cite {
  source: SourceKey;
  quote: string;
  quoteEn: string;
  /** The registry's Thai rendering, for a passage not in Thai. */
  quoteTh?: string;
  /** The passage disagrees with the value recorded; the notes say how and why. */
  contradicts?: boolean;
  noteTh?: string;
  noteEn?: string;
}

export interface DatedFact {
  /** The first day of the period the date stands for. */
  date: string;
  precision: DatePrecision;
  /** Known only as a limit: on or before (or on or after) the date. */
  bound?: DateBound;
  cite: Cite[];
}

type Row<List extends "signatories" | "events" | "relations"> = AgreementInput[List][number];

export interface SeedAgreement {
  slug: AgreementInput["slug"];
  kind: AgreementInput["kind"];
  titleTh: string;
  titleEn: string;
  /** The title as the Japanese side's own record gives it, where one does. */
  titleJa?: string;
  /** The language the texts were written from (default Thai). */
  originalLanguage?: AgreementInput["originalLanguage"];
  summaryTh: string;
  summaryEn: string;
  cite: { title: Cite[]; kind: Cite[]; summary: Cite[] };
  cabinetApproval?: DatedFact;
  signed?: DatedFact;
  /** Where it was signed, only as a cited passage names the place. */
  signedAt?: { th: string; en: string; ja: string; cite: Cite[] };
  effective?: DatedFact;
  expires?: DatedFact;
  termMonths?: { value: number; cite: Cite[] };
  terminationNoticeMonths?: { value: number; cite: Cite[] };
  parties: Array<{ organization: OrganizationSlug; cite: Cite[] }>;
  signatories: Array<{
    person?: PersonSlug;
    positionTh?: string;
    positionEn?: string;
    /** One of the record's parties: a signatory acts for one. */
    organization: OrganizationSlug;
    role: Row<"signatories">["role"];
    planned?: boolean;
    cite: Cite[];
  }>;
  scopeAreas: Array<{ key: ScopeAreaKey; cite: Cite[] }>;
  events: Array<{
    type: Row<"events">["type"];
    date?: string;
    precision?: DatePrecision;
    bound?: DateBound;
    descriptionTh: string;
    descriptionEn: string;
    cite: Cite[];
  }>;
  /** `to`: another curated record's slug. */
  relations: Array<{ to: string; type: Row<"relations">["type"]; noteTh?: string; noteEn?: string; cite: Cite[] }>;
}
