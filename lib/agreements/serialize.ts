// The public shape of an agreement, shared by the read API and the pages.
// Dates are ISO strings cut to their precision ("2015-04-30", "2019-11",
// "2017") or null when no source states them. Each fact lists the ids of the
// citations behind it; the citations themselves sit under their sources.

import { computeDeadlines, type Computation, type DeadlineInput } from "@/lib/agreements/deadlines";
import { computeLifecycle, type Lifecycle, type LifecycleInput } from "@/lib/agreements/lifecycle";
import { statusPeriods } from "@/lib/agreements/status-periods";
import { bounds, isOpenFuture, isOpenPast, isoFromDayNumber, isoFromDbDate, partialDate, toIsoString, todayInBangkok, type DateBound, type PartialDate } from "@/lib/dates/partial-date";
import type { AgreementRecord } from "@/lib/agreements/queries";

export interface Localized {
  th: string;
  en: string;
}

const iso = (d: PartialDate | null) => (d ? toIsoString(d) : null);
/**
 * The first and last day a date may be (ISO), null on a side with no limit:
 * "on or before 5 August 2022" is { notBefore: null, notAfter: "2022-08-05" },
 * "November 2019" is { notBefore: "2019-11-01", notAfter: "2019-11-30" }.
 */
export function dateLimits(d: PartialDate | null): { notBefore: string | null; notAfter: string | null; bound: DateBound | null } | null {
  if (!d) return null;
  const { first, last } = bounds(d);
  return { notBefore: isOpenPast(first) ? null : isoFromDayNumber(first), notAfter: isOpenFuture(last) ? null : isoFromDayNumber(last), bound: d.bound ?? null };
}
const ids = (links: Array<{ citationId: number }>) => [...new Set(links.map((l) => l.citationId))];

/** What the lifecycle depends on, read from a record. */
export function lifecycleInputOf(a: Pick<AgreementRecord, LifecycleFields>): LifecycleInput {
  return {
      publicationState: a.publicationState,
      cabinetApproval: partialDate(a.cabinetApprovalOn, a.cabinetApprovalPrecision, a.cabinetApprovalBound),
      signed: partialDate(a.signedOn, a.signedPrecision, a.signedBound),
      effective: partialDate(a.effectiveOn, a.effectivePrecision, a.effectiveBound),
      expires: partialDate(a.expiresOn, a.expiresPrecision, a.expiresBound),
      termMonths: a.termMonths,
      automaticRenewal: a.automaticRenewal,
      events: a.events.map((e) => ({ type: e.type, date: partialDate(e.occurredOn, e.precision, e.bound) })),
      // Only a published public successor supersedes: a draft or an internal
      // record that names this one must not change what the public is told
      // of it, with no relation the public can see (issue 26, part 2).
      supersededBy: a.relationsIn
        .filter((r) => r.type === "SUPERSEDES" && r.from.publicationState === "PUBLISHED" && r.from.visibility === "PUBLIC")
        .map((r) => partialDate(r.from.signedOn, r.from.signedPrecision, r.from.signedBound)),
  };
}

/** What the computed deadlines depend on, read from a record. */
export function deadlineInputOf(a: Pick<AgreementRecord, DeadlineFields>): DeadlineInput {
  return {
    signed: partialDate(a.signedOn, a.signedPrecision, a.signedBound),
    effective: partialDate(a.effectiveOn, a.effectivePrecision, a.effectiveBound),
    expires: partialDate(a.expiresOn, a.expiresPrecision, a.expiresBound),
    termMonths: a.termMonths,
    automaticRenewal: a.automaticRenewal,
    terminationNoticeMonths: a.terminationNoticeMonths,
  };
}

type DeadlineFields = "signedOn" | "signedPrecision" | "signedBound" | "effectiveOn" | "effectivePrecision" | "effectiveBound" | "expiresOn" | "expiresPrecision" | "expiresBound" | "termMonths" | "automaticRenewal" | "terminationNoticeMonths";

/** The columns deadlineInputOf reads, for a query that computes deadlines from them alone. */
export const deadlineSelect = {
  signedOn: true,
  signedPrecision: true,
  signedBound: true,
  effectiveOn: true,
  effectivePrecision: true,
  effectiveBound: true,
  expiresOn: true,
  expiresPrecision: true,
  expiresBound: true,
  termMonths: true,
  automaticRenewal: true,
  terminationNoticeMonths: true,
} as const satisfies Record<DeadlineFields, true>;

type LifecycleFields =
  | "publicationState"
  | "cabinetApprovalOn"
  | "cabinetApprovalPrecision"
  | "cabinetApprovalBound"
  | "signedOn"
  | "signedPrecision"
  | "signedBound"
  | "effectiveOn"
  | "effectivePrecision"
  | "effectiveBound"
  | "expiresOn"
  | "expiresPrecision"
  | "expiresBound"
  | "termMonths"
  | "automaticRenewal"
  | "events"
  | "relationsIn";

export function lifecycleOf(a: AgreementRecord, asOf: string): Lifecycle {
  return computeLifecycle(lifecycleInputOf(a), asOf);
}

/**
 * The date a reader would file the instrument under: its signature, or else
 * the earliest dated step towards it. Used for ordering and the year filter.
 */
export function referenceDate(a: AgreementRecord): PartialDate | null {
  const signed = partialDate(a.signedOn, a.signedPrecision, a.signedBound);
  if (signed) return signed;
  const steps = ["SIGNING", "EXCHANGE", "PLANNED_SIGNING", "CABINET_APPROVAL"];
  const dated = a.events
    .filter((e) => steps.includes(e.type))
    .map((e) => partialDate(e.occurredOn, e.precision, e.bound))
    .filter((d): d is PartialDate => d !== null)
    .sort((x, y) => x.date.localeCompare(y.date));
  return dated[0] ?? null;
}

function organization(o: AgreementRecord["parties"][number]["organization"]) {
  return { slug: o.slug, name: { th: o.nameTh, en: o.nameEn, ja: o.nameJa }, abbreviation: o.abbreviation, country: o.countryCode };
}

/** A computed date as the API and the page show it, with the citations of its inputs. */
function computedJson(c: Computation, citationsOf: (fact: string) => number[]) {
  if (c.kind === "none") return { state: "notApplicable" as const, because: c.because };
  if (c.kind === "missing") return { state: "cannotCompute" as const, missing: c.missing };
  const { first, last, precision, basis, from } = c.date;
  return { state: "computed" as const, first, last, precision, basis, from, citations: [...new Set(from.flatMap(citationsOf))] };
}

/**
 * The first day after `asOf` on which a record's view differs from the one
 * for `asOf` (ISO date), or null when no later day's does: the end of the
 * status period `asOf` falls in, or the day a self-renewing instrument's next
 * period becomes the current one, whichever comes first. Everything else the
 * view shows is the record's own facts. So a record's page and API answer
 * rendered on one day stay true every day until then, and are stored that
 * long (lib/server/answer-store.mjs): a new Bangkok day renders again only the
 * records whose status or current period changes that day.
 */
export function viewChangesOn(lifecycle: LifecycleInput, deadlinesChangeOn: string | null, asOf: string): string | null {
  const period = statusPeriods(lifecycle).find((p) => (p.from === null || p.from <= asOf) && (p.until === null || asOf < p.until));
  const days = [period?.until ?? null, deadlinesChangeOn].filter((d): d is string => d !== null).sort();
  return days[0] ?? null;
}

export function serializeAgreement(a: AgreementRecord, asOf: string = todayInBangkok()) {
  const lifecycle = lifecycleOf(a, asOf);
  const deadlines = computeDeadlines(deadlineInputOf(a), asOf);
  const dates = {
    cabinetApproval: partialDate(a.cabinetApprovalOn, a.cabinetApprovalPrecision, a.cabinetApprovalBound),
    signature: partialDate(a.signedOn, a.signedPrecision, a.signedBound),
    entryIntoEffect: partialDate(a.effectiveOn, a.effectivePrecision, a.effectiveBound),
    expiry: partialDate(a.expiresOn, a.expiresPrecision, a.expiresBound),
  };
  const byFact = (fact: string) => a.citations.filter((c) => c.facts.some((f) => f.fact === fact)).map((c) => c.id);
  const visible = (r: { publicationState: string; visibility: string }) => r.publicationState === "PUBLISHED" && r.visibility === "PUBLIC";

  const sourceMap = new Map<number, { source: AgreementRecord["citations"][number]["source"]; citations: AgreementRecord["citations"] }>();
  for (const c of a.citations) {
    const entry = sourceMap.get(c.sourceId) ?? { source: c.source, citations: [] };
    entry.citations.push(c);
    sourceMap.set(c.sourceId, entry);
  }

  return {
    slug: a.slug,
    kind: a.kind,
    title: { th: a.titleTh, en: a.titleEn, ja: a.titleJa },
    summary: a.summaryTh || a.summaryEn || a.summaryJa ? { th: a.summaryTh, en: a.summaryEn, ja: a.summaryJa } : null,
    // Texts in languages other than this one are the registry's translations.
    originalLanguage: a.originalLanguage,
    legalNature: a.legalNature,
    status: lifecycle.status,
    statusBasis: lifecycle.basis,
    statusAsOf: asOf,
    // The first day the status (or a computed date) may differ from what is
    // shown here; null: no later day changes it (see viewChangesOn).
    statusValidUntil: viewChangesOn(lifecycleInputOf(a), deadlines.changesOn, asOf),
    dates: {
      cabinetApproval: iso(dates.cabinetApproval),
      signature: iso(dates.signature),
      entryIntoEffect: iso(dates.entryIntoEffect),
      expiry: iso(dates.expiry),
    },
    // Next to each date: the days it may be, and whether it is known only as
    // a limit ("on or before" the date above, or "on or after" it).
    dateLimits: {
      cabinetApproval: dateLimits(dates.cabinetApproval),
      signature: dateLimits(dates.signature),
      entryIntoEffect: dateLimits(dates.entryIntoEffect),
      expiry: dateLimits(dates.expiry),
    },
    // Where it was signed, as the sources name the place; null where none does.
    placeOfSigning: a.signedAtTh || a.signedAtEn || a.signedAtJa ? { th: a.signedAtTh, en: a.signedAtEn, ja: a.signedAtJa } : null,
    term: a.termMonths === null ? null : { months: a.termMonths },
    automaticRenewal: a.automaticRenewal,
    terminationNoticeMonths: a.terminationNoticeMonths,
    // Computed from the facts above (lib/agreements/deadlines.ts), never stated by a source.
    computed: { end: computedJson(deadlines.end, byFact), noticeDeadline: computedJson(deadlines.noticeDeadline, byFact), nextRenewal: computedJson(deadlines.nextRenewal, byFact), noticeLongerThanTerm: deadlines.noticeLongerThanTerm },
    parties: a.parties.map((p) => ({ ...organization(p.organization), citations: ids(p.citations) })),
    signatories: a.signatories.map((s) => ({
      name: s.person ? { th: s.person.nameTh, en: s.person.nameEn, ja: s.person.nameJa } : null,
      position: s.positionTh || s.positionEn || s.positionJa ? { th: s.positionTh, en: s.positionEn, ja: s.positionJa } : null,
      role: s.role,
      planned: s.planned,
      organization: organization(s.organization),
      citations: ids(s.citations),
    })),
    scopeAreas: a.scopeAreas.map((l) => ({ key: l.scopeArea.key, label: { th: l.scopeArea.labelTh, en: l.scopeArea.labelEn, ja: l.scopeArea.labelJa }, citations: ids(l.citations) })),
    events: a.events.map((e) => ({
      type: e.type,
      date: iso(partialDate(e.occurredOn, e.precision, e.bound)),
      dateLimits: dateLimits(partialDate(e.occurredOn, e.precision, e.bound)),
      description: { th: e.descriptionTh, en: e.descriptionEn, ja: e.descriptionJa },
      citations: ids(e.citations),
    })),
    relations: [
      ...a.relationsOut.filter((r) => visible(r.to)).map((r) => ({ type: r.type, direction: "outgoing" as const, agreement: { slug: r.to.slug, title: { th: r.to.titleTh, en: r.to.titleEn, ja: r.to.titleJa } }, note: r.noteTh || r.noteEn || r.noteJa ? { th: r.noteTh, en: r.noteEn, ja: r.noteJa } : null, citations: ids(r.citations) })),
      ...a.relationsIn.filter((r) => visible(r.from)).map((r) => ({ type: r.type, direction: "incoming" as const, agreement: { slug: r.from.slug, title: { th: r.from.titleTh, en: r.from.titleEn, ja: r.from.titleJa } }, note: r.noteTh || r.noteEn || r.noteJa ? { th: r.noteTh, en: r.noteEn, ja: r.noteJa } : null, citations: ids(r.citations) })),
    ],
    factCitations: Object.fromEntries(
      ["title", "kind", "summary", "legalNature", "cabinetApprovalOn", "signedOn", "signedAt", "effectiveOn", "expiresOn", "termMonths", "automaticRenewal", "terminationNoticeMonths"].map((f) => [f, byFact(f)]),
    ) as Record<string, number[]>,
    sources: [...sourceMap.values()].map(({ source, citations }) => ({
      key: source.key,
      url: source.url,
      title: source.title,
      publisher: source.publisher,
      publishedOn: iso(partialDate(source.publishedOn, source.publishedPrecision)),
      language: source.language,
      // The registry's own copy of the source (its page: /{locale}/sources/{key}).
      archive: source.archive ? { retrievedOn: source.archive.retrievedOn ? isoFromDbDate(source.archive.retrievedOn) : null, sha256: source.archive.sha256, mediaType: source.archive.mediaType, file: `/api/v1/sources/${source.key}/archive` } : null,
      // A citation is one passage; `facts` names the kinds of fact it backs
      // (each fact's own `citations` says which row). `fact` is the first of
      // them, as before passages backed many.
      citations: citations.map((c) => ({
        id: c.id,
        fact: c.facts[0]?.fact ?? null,
        facts: [...new Set(c.facts.map((f) => f.fact))],
        quote: c.quote,
        quoteEn: c.quoteEn,
        quoteTh: c.quoteTh,
        quoteJa: c.quoteJa,
        contradicts: c.contradicts,
        note: c.noteTh || c.noteEn || c.noteJa ? { th: c.noteTh, en: c.noteEn, ja: c.noteJa } : null,
      })),
    })),
    updatedAt: a.updatedAt.toISOString(),
  };
}

export type AgreementView = ReturnType<typeof serializeAgreement>;
