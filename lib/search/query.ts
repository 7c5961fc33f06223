import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { segmentWords } from "./segment";
import type { Passage } from "./index-agreement";

export interface SearchHit {
  id: number;
  rank: number;
}

export interface SearchFilters {
  kind?: string;
  scope?: string;
  party?: string;
  year?: number;
}

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

function matchSql(tsquery: string, f: SearchFilters) {
  const filters: Prisma.Sql[] = [Prisma.sql`a."publicationState" = 'PUBLISHED'`, Prisma.sql`a."visibility" = 'PUBLIC'`];
  if (f.kind) filters.push(Prisma.sql`a."kind"::text = ${f.kind}`);
  if (f.scope) filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementScopeArea" l JOIN "ScopeArea" sa ON sa."id" = l."scopeAreaId" WHERE l."agreementId" = a."id" AND sa."key" = ${f.scope})`);
  if (f.party) filters.push(Prisma.sql`EXISTS (SELECT 1 FROM "AgreementParty" p JOIN "Organization" o ON o."id" = p."organizationId" WHERE p."agreementId" = a."id" AND o."slug" = ${f.party})`);
  if (f.year)
    // The year a reader files it under: the signature, else the earliest dated step (lib/agreements/serialize.ts, referenceDate).
    filters.push(Prisma.sql`EXTRACT(YEAR FROM COALESCE(a."signedOn", (SELECT min(e."occurredOn") FROM "AgreementEvent" e WHERE e."agreementId" = a."id" AND e."type" IN ('SIGNING', 'EXCHANGE', 'PLANNED_SIGNING', 'CABINET_APPROVAL')))) = ${f.year}`);
  return Prisma.sql`
    FROM "SearchDocument" s
    JOIN "Agreement" a ON a."id" = s."agreementId",
         to_tsquery('simple', ${tsquery}) AS tsq
    WHERE s."document" @@ tsq AND ${Prisma.join(filters, " AND ")}`;
}

// Weights put title hits first (A), then scope, parties and signatories (B).
const rankSql = Prisma.sql`ts_rank_cd(s."document", tsq, 1)::float8`;

/** All matching ids, best first (for filters the database cannot apply, such as status). */
export async function searchAgreements(db: PrismaClient, query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
  const q = await prepare(db, query);
  if (!q) return [];
  const rows = await db.$queryRaw<Array<{ id: number; rank: number }>>`
    SELECT a."id", ${rankSql} AS "rank" ${matchSql(q, filters)}
    ORDER BY "rank" DESC, a."id"`;
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}

/** One page of matching ids, best first, and how many match in all. */
export async function searchAgreementPage(db: PrismaClient, query: string, filters: SearchFilters, limit: number, offset: number): Promise<{ ids: number[]; total: number }> {
  const q = await prepare(db, query);
  if (!q) return { ids: [], total: 0 };
  const rows = await db.$queryRaw<Array<{ id: number; total: bigint }>>`
    SELECT a."id", COUNT(*) OVER () AS "total", ${rankSql} AS "rank" ${matchSql(q, filters)}
    ORDER BY "rank" DESC, a."id"
    LIMIT ${limit} OFFSET ${offset}`;
  if (rows.length === 0 && offset > 0) {
    const [count] = await db.$queryRaw<Array<{ total: bigint }>>`SELECT COUNT(*) AS "total" ${matchSql(q, filters)}`;
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
