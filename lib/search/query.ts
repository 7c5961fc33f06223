import type { Locale } from "@/i18n/locales";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { segmentWords } from "./segment";
import type { Passage } from "./index-agreement";
import { listingOrder, listingWhere, type ListingFilters, type ListingSort } from "@/lib/agreements/listing";

const SIMILARITY = 0.4;

/**
 * Turns the query into a tsquery over the index's own words. Each query word
 * stands for itself (and longer words it begins) when the index has such a
 * word; else for indexed words containing it (part of a Thai compound);
 * else for the indexed words spelt most like it ("Takaici" → "takaichi").
 * null: some word matches nothing, so nothing can match.
 */
async function prepare(db: PrismaClient, query: string): Promise<string | null> {
  const words = segmentWords(query);
  if (words.length === 0) return null;
  const terms: string[] = [];
  for (const word of words) {
    const [prefix] = await db.$queryRaw<Array<{ word: string }>>`SELECT "word" FROM "SearchWord" WHERE "word" LIKE ${`${word}%`} LIMIT 1`;
    if (prefix) {
      terms.push(`${word}:*`);
      continue;
    }
    let alternatives = word.length >= 3 ? await db.$queryRaw<Array<{ word: string }>>`SELECT "word" FROM "SearchWord" WHERE "word" LIKE ${`%${word}%`} LIMIT 20` : [];
    if (alternatives.length === 0)
      alternatives = await db.$queryRaw<Array<{ word: string }>>`
        SELECT "word" FROM "SearchWord" WHERE "word" % ${word} AND similarity("word", ${word}) > ${SIMILARITY}
        ORDER BY similarity("word", ${word}) DESC, "word" LIMIT 5`;
    if (alternatives.length === 0) return null;
    terms.push(`(${alternatives.map((a) => a.word).join(" | ")})`);
  }
  return terms.join(" & ");
}

function matchSql(tsquery: string, f: ListingFilters, today: string) {
  return Prisma.sql`
    FROM "SearchDocument" s
    JOIN "Agreement" a ON a."id" = s."agreementId",
         to_tsquery('simple', ${tsquery}) AS tsq
    WHERE s."document" @@ tsq AND ${listingWhere(f, today)}`;
}

// Weights put title hits first (A), then scope, parties and signatories (B).
const rankSql = Prisma.sql`ts_rank_cd(s."document", tsq, 1)::float8`;

/**
 * One page of matching ids in the given order (best first by default), and
 * how many match in all. `limit` null: every matching id (exports).
 */
export async function searchAgreementPage(
  db: PrismaClient,
  query: string,
  filters: ListingFilters,
  sort: ListingSort,
  lang: Locale,
  limit: number | null,
  offset: number,
  today: string,
): Promise<{ ids: number[]; total: number }> {
  const q = await prepare(db, query);
  if (!q) return { ids: [], total: 0 };
  const order = listingOrder(sort, lang, rankSql);
  const page = limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
  const rows = await db.$queryRaw<Array<{ id: number; total: bigint }>>`
    SELECT a."id", COUNT(*) OVER () AS "total" ${matchSql(q, filters, today)}
    ORDER BY ${order} ${page}`;
  if (rows.length === 0 && offset > 0) {
    const [count] = await db.$queryRaw<Array<{ total: bigint }>>`SELECT COUNT(*) AS "total" ${matchSql(q, filters, today)}`;
    return { ids: [], total: Number(count?.total ?? 0) };
  }
  return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
}

/** The passages to highlight for the given agreements. */
export async function searchPassages(db: PrismaClient, ids: number[]): Promise<Map<number, Passage[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.searchDocument.findMany({ where: { agreementId: { in: ids } }, select: { agreementId: true, passages: true } });
  return new Map(rows.map((r) => [r.agreementId, r.passages as unknown as Passage[]]));
}
