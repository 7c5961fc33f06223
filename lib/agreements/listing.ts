// Lists of public agreements, done by the database: filters (status
// included), sorting (title in the reader's language included) and paging
// run in SQL and return one page of ids; callers then load only those rows,
// in the shape they show. A request costs a page, not the registry.
import type { Locale } from "@/i18n/locales";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import type { LifecycleStatus } from "@/lib/agreements/lifecycle";

type Db = PrismaClient | Prisma.TransactionClient;

export interface ListingFilters {
  status?: LifecycleStatus;
  kind?: string;
  scope?: string;
  party?: string;
  year?: number;
}

export type ListingSort = "newest" | "oldest" | "title" | "relevance";

/** `a` is a published, public agreement matching every filter, with its status taken on `today`. */
export function listingWhere(f: ListingFilters, today: string): Prisma.Sql {
  return Prisma.join([Prisma.sql`a."publicationState" = 'PUBLISHED'`, Prisma.sql`a."visibility" = 'PUBLIC'`, ...filterConditions(f, today)], " AND ");
}

/** What each filter asks of the agreement `a` (none: no filter). */
export function filterConditions(f: ListingFilters, today: string): Prisma.Sql[] {
  const where: Prisma.Sql[] = [];
  if (f.status) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementStatusPeriod" sp WHERE sp."agreementId" = a."id" AND sp."status" = ${f.status} AND ${coversSql(today)})`);
  if (f.kind) where.push(Prisma.sql`a."kind"::text = ${f.kind}`);
  if (f.scope) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementScopeArea" l JOIN "ScopeArea" sa ON sa."id" = l."scopeAreaId" WHERE l."agreementId" = a."id" AND sa."key" = ${f.scope})`);
  if (f.party) where.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."agreementId" = a."id" AND o."slug" = ${f.party})`);
  // The year a reader files it under (lib/agreements/derived.ts).
  if (f.year) where.push(Prisma.sql`a."referenceOn" >= ${`${f.year}-01-01`}::date AND a."referenceOn" < ${`${f.year + 1}-01-01`}::date`);
  return where;
}

/** The status period `sp` holds on `today`. */
export function coversSql(today: string): Prisma.Sql {
  return Prisma.sql`(sp."startsOn" IS NULL OR sp."startsOn" <= ${today}::date) AND (sp."endsBefore" IS NULL OR sp."endsBefore" > ${today}::date)`;
}

/**
 * The order of a list. Newest puts undated records last, oldest first, as
 * the partial index on ("referenceOn" DESC NULLS LAST, "slug" DESC) reads
 * forwards and backwards. Titles sort by ICU's root collation, which orders
 * Thai by its consonants (migration 20261124000000_listing).
 */
export function listingOrder(sort: ListingSort, lang: Locale): Prisma.Sql {
  if (sort === "title") {
    if (lang === "th") return Prisma.sql`a."titleTh" COLLATE "und-x-icu", a."id"`;
    // Records without a Japanese title sort by the English one they show (index in migration 20261201000000).
    if (lang === "ja") return Prisma.sql`COALESCE(a."titleJa", a."titleEn") COLLATE "und-x-icu", a."id"`;
    return Prisma.sql`a."titleEn" COLLATE "und-x-icu", a."id"`;
  }
  if (sort === "oldest") return Prisma.sql`a."referenceOn" ASC NULLS FIRST, a."slug" ASC`;
  return Prisma.sql`a."referenceOn" DESC NULLS LAST, a."slug" DESC`;
}

export interface IdPage {
  ids: number[];
  total: number;
}

/** One page of matching ids and how many match in all: two statements. */
export async function listingPage(db: Db, f: ListingFilters, sort: ListingSort, lang: Locale, limit: number, offset: number, today: string): Promise<IdPage> {
  const where = listingWhere(f, today);
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<Array<{ id: number }>>`SELECT a."id" FROM "Agreement" a WHERE ${where} ORDER BY ${listingOrder(sort, lang)} LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<Array<{ total: bigint }>>`SELECT COUNT(*) AS "total" FROM "Agreement" a WHERE ${where}`,
  ]);
  return { ids: rows.map((r) => r.id), total: Number(count?.total ?? 0) };
}

/** Every matching id in order, for exports (a few bytes a row; the rows themselves are loaded in batches). */
export async function listingIds(db: Db, f: ListingFilters, sort: ListingSort, lang: Locale, today: string): Promise<number[]> {
  const rows = await db.$queryRaw<Array<{ id: number }>>`SELECT a."id" FROM "Agreement" a WHERE ${listingWhere(f, today)} ORDER BY ${listingOrder(sort, lang)}`;
  return rows.map((r) => r.id);
}

/** How many public agreements have each status today, and how many in all. */
export async function statusCounts(db: Db, today: string): Promise<Map<LifecycleStatus, number>> {
  const rows = await db.$queryRaw<Array<{ status: LifecycleStatus; n: bigint }>>`
    SELECT sp."status", COUNT(*) AS "n"
    FROM "Agreement" a JOIN "AgreementStatusPeriod" sp ON sp."agreementId" = a."id" AND ${coversSql(today)}
    WHERE ${listingWhere({}, today)}
    GROUP BY sp."status"`;
  return new Map(rows.map((r) => [r.status, Number(r.n)]));
}

export interface FilterChoices {
  scopes: Array<{ key: string; labelTh: string; labelEn: string; labelJa: string | null }>;
  parties: Array<{ slug: string; nameTh: string; nameEn: string; nameJa: string | null }>;
  years: number[];
}

/**
 * The list's filter choices come from the public records, so none leads
 * nowhere. Each is a scan of a small table with an indexed existence check,
 * and the years a walk over the reference-date index.
 */
export async function filterChoices(db: Db, today: string): Promise<FilterChoices> {
  const pub = listingWhere({}, today);
  const [scopes, parties, years] = await Promise.all([
    db.$queryRaw<FilterChoices["scopes"]>`
      SELECT sa."key", sa."labelTh", sa."labelEn", sa."labelJa" FROM "ScopeArea" sa
      WHERE EXISTS (SELECT 1 FROM "AgreementScopeArea" l JOIN "Agreement" a ON a."id" = l."agreementId" WHERE l."scopeAreaId" = sa."id" AND ${pub})`,
    db.$queryRaw<FilterChoices["parties"]>`
      SELECT o."slug", o."nameTh", o."nameEn", o."nameJa" FROM "Organization" o
      WHERE EXISTS (SELECT 1 FROM "AgreementParty" p JOIN "Agreement" a ON a."id" = p."agreementId" WHERE p."organizationId" = o."id" AND ${pub})`,
    db.$queryRaw<Array<{ year: number }>>`
      SELECT y::int AS "year" FROM generate_series(
        (SELECT EXTRACT(YEAR FROM min(a."referenceOn"))::int FROM "Agreement" a WHERE ${pub}),
        (SELECT EXTRACT(YEAR FROM max(a."referenceOn"))::int FROM "Agreement" a WHERE ${pub})) AS y
      WHERE EXISTS (SELECT 1 FROM "Agreement" a WHERE ${pub} AND a."referenceOn" >= make_date(y, 1, 1) AND a."referenceOn" < make_date(y + 1, 1, 1))
      ORDER BY 1`,
  ]);
  return { scopes, parties, years: years.map((y) => y.year) };
}

export interface TimelineSlot {
  groupKey: string;
  groupLabel: string;
  /** The label's language where it is not the one asked for (a body with no Japanese name: en). */
  groupLabelLang: string | null;
  agreementId: number;
}

/**
 * One page of the timeline: (group, agreement) pairs ordered by the group's
 * label and then by date, an agreement appearing under each of its parties
 * (or scope areas); only dated records, within the years asked for.
 */
export async function timelinePage(
  db: Db,
  group: "party" | "scope",
  lang: Locale,
  years: { from?: number; to?: number },
  limit: number,
  offset: number,
  today: string,
): Promise<{ slots: TimelineSlot[]; total: number; agreementTotal: number }> {
  const where = [listingWhere({}, today), Prisma.sql`a."referenceOn" IS NOT NULL`];
  if (years.from) where.push(Prisma.sql`a."referenceOn" >= ${`${years.from}-01-01`}::date`);
  if (years.to) where.push(Prisma.sql`a."referenceOn" < ${`${years.to + 1}-01-01`}::date`);
  const from =
    group === "party"
      ? Prisma.sql`"AgreementParty" l JOIN "Organization" g ON g."id" = l."organizationId" JOIN "Agreement" a ON a."id" = l."agreementId"`
      : Prisma.sql`"AgreementScopeArea" l JOIN "ScopeArea" g ON g."id" = l."scopeAreaId" JOIN "Agreement" a ON a."id" = l."agreementId"`;
  const key = group === "party" ? Prisma.sql`g."slug"` : Prisma.sql`g."key"`;
  const labels = {
    party: { th: Prisma.sql`g."nameTh"`, en: Prisma.sql`g."nameEn"`, ja: Prisma.sql`COALESCE(g."nameJa", g."nameEn")` },
    scope: { th: Prisma.sql`g."labelTh"`, en: Prisma.sql`g."labelEn"`, ja: Prisma.sql`COALESCE(g."labelJa", g."labelEn")` },
  };
  const label = labels[group][lang];
  const labelLang = lang === "ja" ? (group === "party" ? Prisma.sql`CASE WHEN g."nameJa" IS NULL THEN 'en' END` : Prisma.sql`CASE WHEN g."labelJa" IS NULL THEN 'en' END`) : Prisma.sql`NULL`;
  const filter = Prisma.join(where, " AND ");
  const [slots, [count]] = await Promise.all([
    db.$queryRaw<TimelineSlot[]>`
      SELECT ${key} AS "groupKey", ${label} AS "groupLabel", ${labelLang} AS "groupLabelLang", a."id" AS "agreementId" FROM ${from} WHERE ${filter}
      ORDER BY ${label} COLLATE "und-x-icu", ${key}, a."referenceOn", a."slug" LIMIT ${limit} OFFSET ${offset}`,
    db.$queryRaw<Array<{ total: bigint; agreements: bigint }>>`SELECT COUNT(*) AS "total", COUNT(DISTINCT a."id") AS "agreements" FROM ${from} WHERE ${filter}`,
  ]);
  // Rows page the chart; readers count agreements (one under two parties is one agreement).
  return { slots, total: Number(count?.total ?? 0), agreementTotal: Number(count?.agreements ?? 0) };
}

/** The most recently published or updated public agreements (feeds). */
export async function latestUpdatedIds(db: Db, limit: number, today: string): Promise<number[]> {
  const rows = await db.$queryRaw<Array<{ id: number }>>`SELECT a."id" FROM "Agreement" a WHERE ${listingWhere({}, today)} ORDER BY a."updatedAt" DESC LIMIT ${limit}`;
  return rows.map((r) => r.id);
}
