// A stored agreement read back into the form's shape (lib/editor/schema.ts):
// what the edit form starts from, and what every revision records.
import { partialDate, toFormText } from "@/lib/dates/partial-date";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { AgreementInput } from "@/lib/editor/schema";
import type { DateBound, DatePrecision, PublicationState } from "@/lib/enums";

type Db = PrismaClient | Prisma.TransactionClient;

const staffInclude = {
  parties: { orderBy: { position: "asc" } },
  signatories: { orderBy: { position: "asc" }, include: { person: true } },
  scopeAreas: { orderBy: { id: "asc" } },
  events: { orderBy: { position: "asc" } },
  relationsOut: { orderBy: { id: "asc" } },
  citations: { orderBy: { id: "asc" }, include: { facts: { orderBy: { id: "asc" } } } },
} satisfies Prisma.AgreementInclude;

const dateText = (value: Date | null, precision: DatePrecision | null, bound: DateBound | null) => {
  const d = partialDate(value, precision, bound);
  return d ? toFormText(d) : "";
};

export interface StaffAgreement {
  id: number;
  version: number;
  publicationState: PublicationState;
  updatedAt: Date;
  input: AgreementInput;
  /** For each of input.citations: is its quote in the source's archived copy (null: no archive). */
  quoteChecks: Array<boolean | null>;
}

export async function loadAgreementInput(db: Db, id: number): Promise<StaffAgreement | null> {
  const a = await db.agreement.findUnique({ where: { id }, include: staffInclude });
  if (!a) return null;

  // Citations name their row by position in the form's lists.
  const indexOf = (ids: number[]) => new Map(ids.map((rowId, i) => [rowId, i]));
  const parties = indexOf(a.parties.map((p) => p.id));
  const signatories = indexOf(a.signatories.map((s) => s.id));
  const scopeAreas = indexOf(a.scopeAreas.map((s) => s.id));
  const events = indexOf(a.events.map((e) => e.id));
  const relations = indexOf(a.relationsOut.map((r) => r.id));
  const partyOfOrganization = new Map(a.parties.map((p, i) => [p.organizationId, i]));

  const sourceIds = [...new Set(a.citations.map((c) => c.sourceId))];
  const sourceIndex = new Map(sourceIds.map((sourceId, i) => [sourceId, i]));

  const rowOf = (c: (typeof a.citations)[number]["facts"][number]): { fact: string; row: number | null } => {
    if (c.partyId !== null) return { fact: "party", row: parties.get(c.partyId) ?? null };
    if (c.signatoryId !== null) return { fact: "signatory", row: signatories.get(c.signatoryId) ?? null };
    if (c.scopeAreaLinkId !== null) return { fact: "scopeArea", row: scopeAreas.get(c.scopeAreaLinkId) ?? null };
    if (c.eventId !== null) return { fact: "event", row: events.get(c.eventId) ?? null };
    if (c.relationId !== null) return { fact: "relation", row: relations.get(c.relationId) ?? null };
    return { fact: c.fact, row: null };
  };

  const input: AgreementInput = {
    slug: a.slug,
    kind: a.kind,
    legalNature: a.legalNature,
    originalLanguage: a.originalLanguage,
    visibility: a.visibility,
    titleTh: a.titleTh,
    titleEn: a.titleEn,
    titleJa: a.titleJa ?? "",
    summaryTh: a.summaryTh ?? "",
    summaryEn: a.summaryEn ?? "",
    summaryJa: a.summaryJa ?? "",
    internalNote: a.internalNote ?? "",
    cabinetApprovalOn: dateText(a.cabinetApprovalOn, a.cabinetApprovalPrecision, a.cabinetApprovalBound),
    signedOn: dateText(a.signedOn, a.signedPrecision, a.signedBound),
    signedAtTh: a.signedAtTh ?? "",
    signedAtEn: a.signedAtEn ?? "",
    signedAtJa: a.signedAtJa ?? "",
    effectiveOn: dateText(a.effectiveOn, a.effectivePrecision, a.effectiveBound),
    expiresOn: dateText(a.expiresOn, a.expiresPrecision, a.expiresBound),
    termMonths: a.termMonths ?? "",
    automaticRenewal: a.automaticRenewal === null ? "unknown" : a.automaticRenewal ? "yes" : "no",
    terminationNoticeMonths: a.terminationNoticeMonths ?? "",
    parties: a.parties.map((p) => ({ organizationId: p.organizationId, newOrganization: null })),
    signatories: a.signatories.map((s) => ({
      nameTh: s.person?.nameTh ?? "",
      nameEn: s.person?.nameEn ?? "",
      nameJa: s.person?.nameJa ?? "",
      positionTh: s.positionTh ?? "",
      positionEn: s.positionEn ?? "",
      positionJa: s.positionJa ?? "",
      // A signatory for an organization that is not a party (older records)
      // is attached to the first party; the form shows it for correction.
      party: partyOfOrganization.get(s.organizationId) ?? 0,
      role: s.role,
      planned: s.planned,
    })),
    scopeAreas: a.scopeAreas.map((s) => ({ scopeAreaId: s.scopeAreaId, newScopeArea: null })),
    events: a.events.map((e) => ({ type: e.type, date: dateText(e.occurredOn, e.precision, e.bound), descriptionTh: e.descriptionTh, descriptionEn: e.descriptionEn, descriptionJa: e.descriptionJa ?? "" })),
    relations: a.relationsOut.map((r) => ({ agreementId: r.toId, type: r.type, noteTh: r.noteTh ?? "", noteEn: r.noteEn ?? "", noteJa: r.noteJa ?? "" })),
    sources: sourceIds.map((sourceId) => ({ sourceId, newSource: null })),
    citations: a.citations.map((c) => ({
      source: sourceIndex.get(c.sourceId)!,
      quote: c.quote,
      quoteEn: c.quoteEn ?? "",
      quoteTh: c.quoteTh ?? "",
      quoteJa: c.quoteJa ?? "",
      contradicts: c.contradicts,
      noteTh: c.noteTh ?? "",
      noteEn: c.noteEn ?? "",
      noteJa: c.noteJa ?? "",
      facts: c.facts.map((f) => rowOf(f) as AgreementInput["citations"][number]["facts"][number]),
    })),
  };
  return { id: a.id, version: a.version, publicationState: a.publicationState, updatedAt: a.updatedAt, input, quoteChecks: a.citations.map((c) => c.quoteFound) };
}
