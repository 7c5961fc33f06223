// Agreement views for pages: a whole record for its own page and the API
// (shaped by the same serializer, so pages and API never disagree), and a
// summary for cards and lists that selects only what a card shows.
import { cache } from "react";
import { getPublicAgreement, listPublicAgreementsById, publicWhere, type AgreementRecord } from "@/lib/agreements/queries";
import { deadlineInputOf, deadlineSelect, referenceDate, serializeAgreement, type AgreementView } from "@/lib/agreements/serialize";
import { computeDeadlines, type Computation } from "@/lib/agreements/deadlines";
import type { LifecycleBasis, LifecycleStatus } from "@/lib/agreements/lifecycle";
import { getDb } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { partialDate, toIsoString, todayInBangkok } from "@/lib/dates/partial-date";
import type { AgreementKind, DateBound, DatePrecision } from "@/lib/enums";
import { coversSql, listingWhere } from "@/lib/agreements/listing";

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

/**
 * What a card, a timeline row or a feed entry shows (no citations), in one
 * statement: the parties, scope areas and today's status come as JSON
 * beside each row. Prisma's nested select took six statements (one per
 * relation), and on a list page read for the first time those round trips
 * and their query planning cost more than the rows themselves.
 */
interface SummaryRow {
  id: number;
  slug: string;
  kind: AgreementKind;
  titleTh: string;
  titleEn: string;
  titleJa: string | null;
  summaryTh: string | null;
  summaryEn: string | null;
  summaryJa: string | null;
  signedOn: Date | null;
  signedPrecision: DatePrecision | null;
  signedBound: DateBound | null;
  expiresOn: Date | null;
  expiresPrecision: DatePrecision | null;
  referenceOn: Date | null;
  referencePrecision: DatePrecision | null;
  updatedAt: Date;
  parties: Array<{ slug: string; nameTh: string; nameEn: string; nameJa: string | null; abbreviation: string | null; countryCode: string }>;
  scopeAreas: Array<{ key: string; labelTh: string; labelEn: string; labelJa: string | null }>;
  period: { status: LifecycleStatus; basis: LifecycleBasis } | null;
}

const isoOf = (on: Date | null, precision: DatePrecision | null) => {
  const d = partialDate(on, precision);
  return d ? toIsoString(d) : null;
};

function summarize(r: SummaryRow, asOf: string) {
  return {
    id: r.id,
    slug: r.slug,
    kind: r.kind,
    title: { th: r.titleTh, en: r.titleEn, ja: r.titleJa },
    summary: r.summaryTh || r.summaryEn || r.summaryJa ? { th: r.summaryTh, en: r.summaryEn, ja: r.summaryJa } : null,
    status: r.period?.status ?? "unknown",
    statusBasis: r.period?.basis ?? "nothingStated",
    statusAsOf: asOf,
    dates: { signature: isoOf(r.signedOn, r.signedPrecision), signatureBound: r.signedBound, expiry: isoOf(r.expiresOn, r.expiresPrecision) },
    referenceDate: isoOf(r.referenceOn, r.referencePrecision),
    parties: r.parties.map((o) => ({ slug: o.slug, name: { th: o.nameTh, en: o.nameEn, ja: o.nameJa }, abbreviation: o.abbreviation, country: o.countryCode })),
    scopeAreas: r.scopeAreas.map((s) => ({ key: s.key, label: { th: s.labelTh, en: s.labelEn, ja: s.labelJa } })),
    updatedAt: r.updatedAt.toISOString(),
  };
}

export type AgreementSummary = ReturnType<typeof summarize>;

/**
 * A card's columns (SummaryRow but its id) over an "Agreement" row `a`: read
 * here by id, and by a search with its page of matches (lib/search/query.ts),
 * so a search's cards take no statement of their own.
 */
export function cardColumns(asOf: string): Prisma.Sql {
  return Prisma.sql`a."slug", a."kind"::text AS "kind", a."titleTh", a."titleEn", a."titleJa", a."summaryTh", a."summaryEn", a."summaryJa",
      a."signedOn", a."signedPrecision"::text AS "signedPrecision", a."signedBound"::text AS "signedBound",
      a."expiresOn", a."expiresPrecision"::text AS "expiresPrecision", a."referenceOn", a."referencePrecision"::text AS "referencePrecision", a."updatedAt",
      COALESCE((SELECT json_agg(json_build_object('slug', o."slug", 'nameTh', o."nameTh", 'nameEn', o."nameEn", 'nameJa', o."nameJa", 'abbreviation', o."abbreviation", 'countryCode', o."countryCode") ORDER BY ap."position")
        FROM "AgreementParty" ap JOIN "Organization" o ON o."id" = ap."organizationId" WHERE ap."agreementId" = a."id"), '[]'::json) AS "parties",
      COALESCE((SELECT json_agg(json_build_object('key', sa."key", 'labelTh', sa."labelTh", 'labelEn', sa."labelEn", 'labelJa', sa."labelJa") ORDER BY sa."key")
        FROM "AgreementScopeArea" l JOIN "ScopeArea" sa ON sa."id" = l."scopeAreaId" WHERE l."agreementId" = a."id"), '[]'::json) AS "scopeAreas",
      (SELECT json_build_object('status', sp."status", 'basis', sp."basis") FROM "AgreementStatusPeriod" sp WHERE sp."agreementId" = a."id" AND ${coversSql(asOf)} LIMIT 1) AS "period"`;
}

/** The cards of `ids`, in that order, from rows read with cardColumns (an id without a row is left out). */
export function cardsOf(ids: number[], rows: Map<number, Record<string, unknown>>, asOf: string): AgreementSummary[] {
  return ids.flatMap((id) => {
    const row = rows.get(id);
    return row && row.slug !== null ? [summarize({ ...(row as unknown as SummaryRow), id }, asOf)] : [];
  });
}

/** Summaries of these public agreements, in the order given: one statement. */
export async function loadAgreementSummaries(ids: number[], asOf: string = todayInBangkok()): Promise<AgreementSummary[]> {
  if (ids.length === 0) return [];
  const rows = await getDb().$queryRaw<SummaryRow[]>`
    SELECT a."id", ${cardColumns(asOf)}
    FROM "Agreement" a
    WHERE a."id" = ANY(${ids}::int[]) AND ${listingWhere({}, asOf)}`;
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
