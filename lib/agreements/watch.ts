// "What needs attention": the lists behind the public /expiring page and the
// staff watch page, run in SQL over the facts derived at each save (status
// periods, computed deadlines) so that each costs one page of rows, whatever
// the registry's size. The public sees published public records; staff see
// every record that is not archived, drafts and internal ones included.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { coversSql } from "@/lib/agreements/listing";
import type { LifecycleStatus } from "@/lib/agreements/lifecycle";
import { addMonths, dayNumber, isoFromDayNumber } from "@/lib/dates/partial-date";
import type { PublicationState, Visibility } from "@/lib/enums";

type Db = PrismaClient | Prisma.TransactionClient;

export type Audience = "public" | "staff";
/** The windows a reader can choose, in months ahead. */
export const WATCH_WINDOWS = [3, 6, 12, 24] as const;
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

/** The last day of a window of `months` from `today`. */
export function windowEnd(today: string, months: number): string {
  return isoFromDayNumber(addMonths(dayNumber(today), months));
}

/** The facts whose absence or lack of a citation puts a record on the gaps list. */
export const KEY_FACTS = ["signedOn", "effectiveOn", "expiresOn", "termMonths", "automaticRenewal", "terminationNoticeMonths"] as const;

function viewSql(view: WatchView, audience: Audience, months: WatchWindow, today: string): { from: Prisma.Sql; order: Prisma.Sql; columns: Prisma.Sql } {
  const where = audienceSql(audience);
  const status = statusSql(today);
  if (view === "deadlines") {
    // Deadlines whose range meets [today, today + window], of records that
    // have not ended (terminated or superseded ones owe no notice).
    return {
      columns: Prisma.sql`d."kind", d."firstOn" AS "first", d."lastOn" AS "last", d."precision", NULL::text[] AS "missing", NULL::text[] AS "uncited"`,
      from: Prisma.sql`"AgreementDeadline" d JOIN "Agreement" a ON a."id" = d."agreementId"
        WHERE ${where} AND d."lastOn" >= ${today}::date AND d."firstOn" <= ${windowEnd(today, months)}::date
          AND NOT EXISTS (SELECT 1 FROM "AgreementStatusPeriod" sp WHERE sp."agreementId" = a."id" AND sp."status" IN ('terminated', 'superseded') AND ${coversSql(today)})`,
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
  const stated = Prisma.sql`ARRAY_REMOVE(ARRAY[
      CASE WHEN a."signedOn" IS NOT NULL THEN 'signedOn' END, CASE WHEN a."effectiveOn" IS NOT NULL THEN 'effectiveOn' END,
      CASE WHEN a."expiresOn" IS NOT NULL THEN 'expiresOn' END, CASE WHEN a."termMonths" IS NOT NULL THEN 'termMonths' END,
      CASE WHEN a."automaticRenewal" IS NOT NULL THEN 'automaticRenewal' END, CASE WHEN a."terminationNoticeMonths" IS NOT NULL THEN 'terminationNoticeMonths' END], NULL)`;
  const missing = Prisma.sql`ARRAY_REMOVE(ARRAY[CASE WHEN a."signedOn" IS NULL THEN 'signedOn' END, CASE WHEN a."expiresOn" IS NULL AND a."termMonths" IS NULL THEN 'termMonths' END], NULL)`;
  // In the order of KEY_FACTS: without ORDER BY, PGlite returns them in another order.
  const uncited = Prisma.sql`ARRAY(SELECT u.f FROM UNNEST(${stated}) WITH ORDINALITY AS u(f, n) WHERE NOT EXISTS (SELECT 1 FROM "Citation" c WHERE c."agreementId" = a."id" AND c."fact" = u.f) ORDER BY u.n)`;
  return {
    columns: Prisma.sql`NULL AS "kind", NULL::date AS "first", NULL::date AS "last", NULL AS "precision", g."missing", g."uncited"`,
    from: Prisma.sql`"Agreement" a CROSS JOIN LATERAL (SELECT ${missing} AS "missing", ${uncited} AS "uncited") g
      WHERE ${where} AND (CARDINALITY(g."missing") > 0 OR CARDINALITY(g."uncited") > 0) AND ${status} NOT IN ('terminated', 'superseded', 'expired')`,
    order: Prisma.sql`a."updatedAt" DESC, a."id"`,
  };
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

/** How many rows each list has (the window applies to deadlines), for the tabs and the home pages. */
export async function watchCounts(db: Db, audience: Audience, months: WatchWindow, today: string): Promise<Record<WatchView, number>> {
  const views = audience === "public" ? WATCH_VIEWS.filter((v) => v !== "gaps") : WATCH_VIEWS;
  const counts = await Promise.all(
    views.map(async (view) => {
      const { from } = viewSql(view, audience, months, today);
      const [row] = await db.$queryRaw<Array<{ n: bigint }>>`SELECT COUNT(*) AS "n" FROM ${from}`;
      return [view, Number(row?.n ?? 0)] as const;
    }),
  );
  return { deadlines: 0, ended: 0, unclear: 0, gaps: 0, ...Object.fromEntries(counts) };
}

/**
 * How far a calendar feed reaches: back three months (so recent events stay
 * in subscribers' calendars), ahead two years, at most this many events
 * (about 580 kB): calendar programs fetch the whole feed on every poll, and
 * at 10,000 records an uncapped feed of 2,000 events was 2.3 MB.
 */
export const CALENDAR_MAX_EVENTS = 500;

/**
 * The deadlines a calendar feed carries, soonest first: of records that have
 * not been terminated or superseded, within the window above, bounded so a
 * feed costs the same at any size.
 */
export async function calendarEntries(db: Db, audience: Audience, today: string) {
  const from = isoFromDayNumber(addMonths(dayNumber(today), -3));
  const to = isoFromDayNumber(addMonths(dayNumber(today), 24));
  const rows = await db.$queryRaw<Array<{ agreementId: number; slug: string; titleTh: string; titleEn: string; titleJa: string | null; kind: "END" | "NOTICE" | "RENEWAL"; first: Date; last: Date; isPublic: boolean }>>`
    SELECT a."id" AS "agreementId", a."slug", a."titleTh", a."titleEn", a."titleJa", d."kind", d."firstOn" AS "first", d."lastOn" AS "last",
           (a."publicationState" = 'PUBLISHED' AND a."visibility" = 'PUBLIC') AS "isPublic"
    FROM "AgreementDeadline" d JOIN "Agreement" a ON a."id" = d."agreementId"
    WHERE ${audienceSql(audience)} AND d."lastOn" >= ${from}::date AND d."firstOn" <= ${to}::date
      AND NOT EXISTS (SELECT 1 FROM "AgreementStatusPeriod" sp WHERE sp."agreementId" = a."id" AND sp."status" IN ('terminated', 'superseded') AND ${coversSql(today)})
    ORDER BY d."firstOn", a."id", d."kind"
    LIMIT ${CALENDAR_MAX_EVENTS}`;
  return rows.map((r) => ({ ...r, first: iso(r.first)!, last: iso(r.last)! }));
}
