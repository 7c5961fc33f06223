// Agreement views for pages: a whole record for its own page and the API
// (shaped by the same serializer, so pages and API never disagree), and a
// summary for cards and lists that selects only what a card shows.
import { cache } from "react";
import { getPublicAgreement, listPublicAgreementsById, publicWhere, type AgreementRecord } from "@/lib/agreements/queries";
import { deadlineInputOf, deadlineSelect, referenceDate, serializeAgreement, type AgreementView } from "@/lib/agreements/serialize";
import { computeDeadlines, type Computation } from "@/lib/agreements/deadlines";
import type { LifecycleBasis, LifecycleStatus } from "@/lib/agreements/lifecycle";
import { getDb } from "@/lib/db/client";
import { partialDate, toIsoString, todayInBangkok } from "@/lib/dates/partial-date";
import type { Prisma } from "@/lib/generated/prisma/client";

export type ListedAgreement = AgreementView & { id: number; referenceDate: string | null };

export const getAgreementView = cache(async (slug: string): Promise<AgreementView | null> => {
  const row = await getPublicAgreement(slug);
  return row ? serializeAgreement(row) : null;
});

function listed(row: AgreementRecord, today: string): ListedAgreement {
  const ref = referenceDate(row);
  return { ...serializeAgreement(row, today), id: row.id, referenceDate: ref ? toIsoString(ref) : null };
}

/** Just these agreements, whole, in the order given (a page of the API list). */
export async function loadAgreementViews(ids: number[], today: string = todayInBangkok()): Promise<ListedAgreement[]> {
  const byId = new Map((await listPublicAgreementsById(ids)).map((row) => [row.id, listed(row, today)]));
  return ids.map((id) => byId.get(id)).filter((v): v is ListedAgreement => v !== undefined);
}

const organizationSelect = { select: { slug: true, nameTh: true, nameEn: true, nameJa: true, abbreviation: true, countryCode: true } } as const;

/** What a card, a timeline row or a feed entry shows; no citations. */
const summarySelect = (today: Date) =>
  ({
    id: true,
    slug: true,
    kind: true,
    titleTh: true,
    titleEn: true,
    titleJa: true,
    summaryTh: true,
    summaryEn: true,
    summaryJa: true,
    signedOn: true,
    signedPrecision: true,
    signedBound: true,
    expiresOn: true,
    expiresPrecision: true,
    referenceOn: true,
    referencePrecision: true,
    updatedAt: true,
    parties: { orderBy: { position: "asc" }, select: { organization: organizationSelect } },
    scopeAreas: { orderBy: { scopeArea: { key: "asc" } }, select: { scopeArea: { select: { key: true, labelTh: true, labelEn: true, labelJa: true } } } },
    statusPeriods: {
      where: { AND: [{ OR: [{ startsOn: null }, { startsOn: { lte: today } }] }, { OR: [{ endsBefore: null }, { endsBefore: { gt: today } }] }] },
      select: { status: true, basis: true },
      take: 1,
    },
  }) satisfies Prisma.AgreementSelect;

type SummaryRow = Prisma.AgreementGetPayload<{ select: ReturnType<typeof summarySelect> }>;

const isoOf = (on: Date | null, precision: SummaryRow["signedPrecision"]) => {
  const d = partialDate(on, precision);
  return d ? toIsoString(d) : null;
};

function summarize(r: SummaryRow, asOf: string) {
  const period = r.statusPeriods[0];
  return {
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    title: { th: r.titleTh, en: r.titleEn, ja: r.titleJa },
    summary: r.summaryTh || r.summaryEn || r.summaryJa ? { th: r.summaryTh, en: r.summaryEn, ja: r.summaryJa } : null,
    status: (period?.status ?? "unknown") as LifecycleStatus,
    statusBasis: (period?.basis ?? "nothingStated") as LifecycleBasis,
    statusAsOf: asOf,
    dates: { signature: isoOf(r.signedOn, r.signedPrecision), signatureBound: r.signedBound, expiry: isoOf(r.expiresOn, r.expiresPrecision) },
    referenceDate: isoOf(r.referenceOn, r.referencePrecision),
    parties: r.parties.map(({ organization: o }) => ({ slug: o.slug, name: { th: o.nameTh, en: o.nameEn, ja: o.nameJa }, abbreviation: o.abbreviation, country: o.countryCode })),
    scopeAreas: r.scopeAreas.map(({ scopeArea: s }) => ({ key: s.key, label: { th: s.labelTh, en: s.labelEn, ja: s.labelJa } })),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type AgreementSummary = ReturnType<typeof summarize>;

/** Summaries of these public agreements, in the order given: a constant number of statements. */
export async function loadAgreementSummaries(ids: number[], asOf: string = todayInBangkok()): Promise<AgreementSummary[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().agreement.findMany({ where: { id: { in: ids }, ...publicWhere }, select: summarySelect(new Date(`${asOf}T00:00:00Z`)) });
  const byId = new Map(rows.map((r) => [r.id, summarize(r, asOf)]));
  return ids.map((id) => byId.get(id)).filter((v): v is AgreementSummary => v !== undefined);
}

/** A computed date for a chart: its first and last possible day (null: open on that side). */
export interface ChartDate {
  first: string | null;
  last: string | null;
  precision: string;
  /** The end is stated by a source, not computed. */
  stated: boolean;
}

/**
 * The end of validity and next renewal of these public agreements, from the
 * same function as their pages and the API (lib/agreements/deadlines.ts),
 * for the timeline: an end that is computed (effect + term) is drawn as
 * surely as a stated one, and an upcoming renewal is marked.
 */
export async function loadChartDates(ids: number[], asOf: string): Promise<Map<number, { end: ChartDate | null; nextRenewal: ChartDate | null }>> {
  if (ids.length === 0) return new Map();
  const rows = await getDb().agreement.findMany({
    where: { id: { in: ids }, ...publicWhere },
    select: { id: true, ...deadlineSelect },
  });
  const chart = (c: Computation): ChartDate | null => (c.kind === "computed" ? { first: c.date.first, last: c.date.last, precision: c.date.precision, stated: c.date.basis === "endStated" } : null);
  return new Map(
    rows.map((r) => {
      const d = computeDeadlines(deadlineInputOf(r), asOf);
      return [r.id, { end: chart(d.end), nextRenewal: chart(d.nextRenewal) }];
    }),
  );
}
