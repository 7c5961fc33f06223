// "What needs attention": the lists behind the public /expiring page and the
// staff watch page, run in SQL over the facts derived at each save (status
// periods, computed deadlines) so that each costs one page of rows, whatever
// the registry's size. The public sees published public records; staff see
// every record that is not archived, drafts and internal ones included.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { coversSql, listingWhere, type ListingFilters } from "@/lib/agreements/listing";
import type { LifecycleStatus } from "@/lib/agreements/lifecycle";
import { addMonths, dayNumber, isoFromDayNumber } from "@/lib/dates/partial-date";
import { calendarFrom } from "@/lib/agreements/record-calendar";
import type { PublicationState, Visibility } from "@/lib/enums";

type Db = PrismaClient | Prisma.TransactionClient;

export type Audience = "public" | "staff";
/**
 * The windows a reader can choose: months ahead, up to ten years, or every
 * upcoming deadline ("all"). A registry of five-year MoCs signed this year
 * has its first deadlines four years away: a 24-month ceiling showed it none.
 */
export const WATCH_WINDOWS = [3, 6, 12, 24, 60, 120, "all"] as const;
export type WatchWindow = (typeof WATCH_WINDOWS)[number];
export const WATCH_VIEWS = ["deadlines", "ended", "unclear", "gaps"] as const;
export type WatchView = (typeof WATCH_VIEWS)[number];
export const WATCH_PAGE_SIZE = 50;

export interface WatchRow {
  id: number;
  slug: string;
  titleTh: string;
  titleEn: string;
  titleJa: string | null;
  publicationState: PublicationState;
  visibility: Visibility;
  status: LifecycleStatus;
  /** The deadline (deadlines), or the day the status began (ended). */
  kind: "END" | "NOTICE" | "RENEWAL" | null;
  first: string | null;
  last: string | null;
  precision: string | null;
  /** gaps: the key facts not stated, and those stated without a citation. */
  missing: string[] | null;
  uncited: string[] | null;
}

function audienceSql(audience: Audience): Prisma.Sql {
  return audience === "public" ? Prisma.sql`a."publicationState" = 'PUBLISHED' AND a."visibility" = 'PUBLIC'` : Prisma.sql`a."publicationState" <> 'ARCHIVED'`;
}

/** The record's status today, for each row. */
const statusSql = (today: string) =>
  Prisma.sql`COALESCE((SELECT sp."status" FROM "AgreementStatusPeriod" sp WHERE sp."agreementId" = a."id" AND ${coversSql(today)} LIMIT 1), 'unknown')`;

const rowColumns = Prisma.sql`a."id", a."slug", a."titleTh", a."titleEn", a."titleJa", a."publicationState"::text AS "publicationState", a."visibility"::text AS "visibility"`;

const iso = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);

type Raw = Omit<WatchRow, "first" | "last"> & { first: Date | null; last: Date | null };
const toRows = (rows: Raw[]): WatchRow[] => rows.map((r) => ({ ...r, first: iso(r.first), last: iso(r.last), missing: r.missing ?? null, uncited: r.uncited ?? null }));

/** The last day of a window of `months` from `today` ("all": no end). */
export function windowEnd(today: string, months: WatchWindow | number): string | null {
  return months === "all" ? null : isoFromDayNumber(addMonths(dayNumber(today), months));
}

/**
 * For an instrument that renews itself the stored deadlines repeat every term
 * (to 2100): an open-ended list or calendar carries its cycle up to the next
 * renewal only, as the record's page does ("next renewal").
 */
const upToNextRenewalSql = (today: string) =>
  Prisma.sql`d."firstOn" <= COALESCE((SELECT MIN(r."lastOn") FROM "AgreementDeadline" r WHERE r."agreementId" = d."agreementId" AND r."kind" = 'RENEWAL' AND r."lastOn" >= ${today}::date), 'infinity'::date)`;

/** Deadlines of records that have not been terminated or superseded (those owe no notice and renew nothing). */
const notEndedSql = (today: string) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM "AgreementStatusPeriod" sp WHERE sp."agreementId" = a."id" AND sp."status" IN ('terminated', 'superseded') AND ${coversSql(today)})`;

/** The facts whose absence or lack of a citation puts a record on the gaps list. */
export const KEY_FACTS = ["signedOn", "effectiveOn", "expiresOn", "termMonths", "automaticRenewal", "terminationNoticeMonths"] as const;

function viewSql(view: WatchView, audience: Audience, months: WatchWindow, today: string): { from: Prisma.Sql; order: Prisma.Sql; columns: Prisma.Sql } {
  const where = audienceSql(audience);
  if (view === "deadlines") {
    // Deadlines whose range meets [today, today + window], of records that
    // have not ended (terminated or superseded ones owe no notice).
    const end = windowEnd(today, months);
    return {
      columns: Prisma.sql`d."kind", d."firstOn" AS "first", d."lastOn" AS "last", d."precision", NULL::text[] AS "missing", NULL::text[] AS "uncited"`,
      from: Prisma.sql`"AgreementDeadline" d JOIN "Agreement" a ON a."id" = d."agreementId"
        WHERE ${where} AND d."lastOn" >= ${today}::date AND ${end ? Prisma.sql`d."firstOn" <= ${end}::date` : upToNextRenewalSql(today)} AND ${notEndedSql(today)}`,
      order: Prisma.sql`d."firstOn", d."lastOn", a."id", d."kind"`,
    };
  }
  if (view === "ended") {
    // Ended (expired or terminated) within the last year, with no record
    // stated to renew or supersede it.
    const yearAgo = isoFromDayNumber(addMonths(dayNumber(today), -12));
    return {
      columns: Prisma.sql`NULL AS "kind", sp."startsOn" AS "first", sp."startsOn" AS "last", NULL AS "precision", NULL::text[] AS "missing", NULL::text[] AS "uncited"`,
      from: Prisma.sql`"Agreement" a JOIN "AgreementStatusPeriod" sp ON sp."agreementId" = a."id" AND sp."status" IN ('expired', 'terminated') AND ${coversSql(today)}
        WHERE ${where} AND sp."startsOn" >= ${yearAgo}::date
          AND NOT EXISTS (SELECT 1 FROM "AgreementRelation" r WHERE r."toId" = a."id" AND r."type" IN ('RENEWS', 'SUPERSEDES'))`,
      order: Prisma.sql`sp."startsOn" DESC, a."id"`,
    };
  }
  if (view === "unclear") {
    return {
      columns: Prisma.sql`NULL AS "kind", NULL::date AS "first", NULL::date AS "last", NULL AS "precision", NULL::text[] AS "missing", NULL::text[] AS "uncited"`,
      from: Prisma.sql`"Agreement" a JOIN "AgreementStatusPeriod" sp ON sp."agreementId" = a."id" AND sp."status" = 'unknown' AND ${coversSql(today)} WHERE ${where}`,
      order: Prisma.sql`a."referenceOn" DESC NULLS LAST, a."id"`,
    };
  }
  // gaps: no signature date, no end or term, or a stated key fact without a citation.
  return {
    columns: Prisma.sql`NULL AS "kind", NULL::date AS "first", NULL::date AS "last", NULL AS "precision", g."missing", g."uncited"`,
    from: Prisma.sql`"Agreement" a CROSS JOIN LATERAL (SELECT ${gapMissingSql} AS "missing", ${gapUncitedSql} AS "uncited") g
      WHERE ${where} AND ${gapSql(today)}`,
    order: Prisma.sql`a."updatedAt" DESC, a."id"`,
  };
}

// The gaps check, in one place: the staff list's rows and the counts above
// them (the staff home) and the watch list's gaps tab all use it.
const statedSql = Prisma.sql`ARRAY_REMOVE(ARRAY[
    CASE WHEN a."signedOn" IS NOT NULL THEN 'signedOn' END, CASE WHEN a."effectiveOn" IS NOT NULL THEN 'effectiveOn' END,
    CASE WHEN a."expiresOn" IS NOT NULL THEN 'expiresOn' END, CASE WHEN a."termMonths" IS NOT NULL THEN 'termMonths' END,
    CASE WHEN a."automaticRenewal" IS NOT NULL THEN 'automaticRenewal' END, CASE WHEN a."terminationNoticeMonths" IS NOT NULL THEN 'terminationNoticeMonths' END], NULL)`;
const gapMissingSql = Prisma.sql`ARRAY_REMOVE(ARRAY[CASE WHEN a."signedOn" IS NULL THEN 'signedOn' END, CASE WHEN a."expiresOn" IS NULL AND a."termMonths" IS NULL THEN 'termMonths' END], NULL)`;
// In the order of KEY_FACTS: without ORDER BY, PGlite returns them in another order.
const gapUncitedSql = Prisma.sql`ARRAY(SELECT u.f FROM UNNEST(${statedSql}) WITH ORDINALITY AS u(f, n) WHERE NOT EXISTS (SELECT 1 FROM "Citation" c JOIN "CitationFact" cf ON cf."citationId" = c."id" WHERE c."agreementId" = a."id" AND cf."fact" = u.f) ORDER BY u.n)`;
/** `g` (missing, uncited) shows a gap, and the record has not ended (an ended record is not worked on). */
const gapSql = (today: string) => Prisma.sql`(CARDINALITY(g."missing") > 0 OR CARDINALITY(g."uncited") > 0) AND ${statusSql(today)} NOT IN ('terminated', 'superseded', 'expired')`;

/** The gaps of these records (staff list rows): the same check as the gaps tab and its count; records with none are left out. */
export async function gapsOf(db: Db, ids: number[], today: string): Promise<Map<number, { missing: string[]; uncited: string[] }>> {
  if (ids.length === 0) return new Map();
  const rows = await db.$queryRaw<Array<{ id: number; missing: string[]; uncited: string[] }>>`
    SELECT a."id", g."missing", g."uncited" FROM "Agreement" a CROSS JOIN LATERAL (SELECT ${gapMissingSql} AS "missing", ${gapUncitedSql} AS "uncited") g
    WHERE a."id" IN (${Prisma.join(ids)}) AND ${gapSql(today)}`;
  return new Map(rows.map((r) => [r.id, { missing: r.missing, uncited: r.uncited }]));
}

/** One page of a list and how many rows it has in all: two statements. */
export async function watchPage(db: Db, view: WatchView, audience: Audience, months: WatchWindow, page: number, today: string): Promise<{ rows: WatchRow[]; total: number }> {
  const { from, order, columns } = viewSql(view, audience, months, today);
  const offset = (page - 1) * WATCH_PAGE_SIZE;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Raw[]>`SELECT ${rowColumns}, ${statusSql(today)} AS "status", ${columns} FROM ${from} ORDER BY ${order} LIMIT ${WATCH_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS "n" FROM ${from}`,
  ]);
  return { rows: toRows(rows), total: Number(count?.n ?? 0) };
}

/**
 * How many rows each list has (the window applies to deadlines), for the tabs
 * and the home pages, and how many upcoming deadlines lie beyond the window
 * (so a list that is empty for the window says that later ones exist).
 */
export async function watchCounts(db: Db, audience: Audience, months: WatchWindow, today: string): Promise<Record<WatchView, number> & { beyond: number }> {
  const views = audience === "public" ? WATCH_VIEWS.filter((v) => v !== "gaps") : WATCH_VIEWS;
  const end = windowEnd(today, months);
  const [counts, [beyond]] = await Promise.all([
    Promise.all(
      views.map(async (view) => {
        const { from } = viewSql(view, audience, months, today);
        const [row] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS "n" FROM ${from}`;
        return [view, Number(row?.n ?? 0)] as const;
      }),
    ),
    end
      ? db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS "n" FROM "AgreementDeadline" d JOIN "Agreement" a ON a."id" = d."agreementId"
          WHERE ${audienceSql(audience)} AND d."firstOn" > ${end}::date AND ${upToNextRenewalSql(today)} AND ${notEndedSql(today)}`
      : [{ n: 0n }],
  ]);
  return { deadlines: 0, ended: 0, unclear: 0, gaps: 0, ...Object.fromEntries(counts), beyond: Number(beyond?.n ?? 0) };
}

/**
 * How far a calendar feed reaches: back three months (so recent events stay
 * in subscribers' calendars), forward without limit (a five-year MoC's first
 * deadline is years away), at most this many events, soonest first (about
 * 580 kB): calendar programs fetch the whole feed on every poll, and at
 * 10,000 records an uncapped feed of 2,000 events was 2.3 MB. What the cap
 * leaves out, the feed's description says.
 */
export const CALENDAR_MAX_EVENTS = 500;

/** Which records a calendar covers: all (of the audience), one record, or those a list's filters select (public). */
export type CalendarScope = { kind: "all" } | { kind: "record"; slug: string } | { kind: "list"; filters: ListingFilters };

export interface CalendarEntries {
  entries: Array<{ agreementId: number; slug: string; titleTh: string; titleEn: string; titleJa: string | null; kind: "END" | "NOTICE" | "RENEWAL"; first: string; last: string; isPublic: boolean }>;
  /** The first day covered. */
  from: string;
  /** Events within the reach that the cap left out. */
  leftOut: number;
}

/**
 * The deadlines a calendar feed carries, soonest first: of records that have
 * not been terminated or superseded, from three months back on, bounded so a
 * feed costs the same at any size.
 */
export async function calendarEntries(db: Db, audience: Audience, today: string, scope: CalendarScope = { kind: "all" }): Promise<CalendarEntries> {
  const from = isoFromDayNumber(calendarFrom(dayNumber(today)));
  const which =
    scope.kind === "record" ? Prisma.sql`AND a."slug" = ${scope.slug}` : scope.kind === "list" ? Prisma.sql`AND ${listingWhere(scope.filters, today)}` : Prisma.empty;
  const filter = Prisma.sql`${audienceSql(audience)} ${which} AND d."lastOn" >= ${from}::date AND ${upToNextRenewalSql(today)} AND ${notEndedSql(today)}`;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Array<Omit<CalendarEntries["entries"][number], "first" | "last"> & { first: Date; last: Date }>>`
      SELECT a."id" AS "agreementId", a."slug", a."titleTh", a."titleEn", a."titleJa", d."kind", d."firstOn" AS "first", d."lastOn" AS "last",
             (a."publicationState" = 'PUBLISHED' AND a."visibility" = 'PUBLIC') AS "isPublic"
      FROM "AgreementDeadline" d JOIN "Agreement" a ON a."id" = d."agreementId"
      WHERE ${filter}
      ORDER BY d."firstOn", a."id", d."kind"
      LIMIT ${CALENDAR_MAX_EVENTS}`,
    db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS "n" FROM "AgreementDeadline" d JOIN "Agreement" a ON a."id" = d."agreementId" WHERE ${filter}`,
  ]);
  return { entries: rows.map((r) => ({ ...r, first: iso(r.first)!, last: iso(r.last)! })), from, leftOut: Math.max(0, Number(count?.n ?? 0) - rows.length) };
}
