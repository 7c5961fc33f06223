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

/** The query as the index's words: a prefix tsquery and the plain segmented text. */
function prepare(query: string) {
  const words = segmentWords(query);
  if (words.length === 0) return null;
  return { tsquery: words.map((w) => `${w}:*`).join(" & "), plain: words.join(" ") };
}

// Whole-word (prefix) hits rank by ts_rank_cd, above every other kind of hit;
// only documents found by trigram alone (typos, parts of Thai words) pay for
// word_similarity over their text.
function matchSql(q: { tsquery: string; plain: string }, f: SearchFilters) {
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
         to_tsquery('simple', ${q.tsquery}) AS tsq
    WHERE ${Prisma.join(filters, " AND ")}
      AND (s."document" @@ tsq OR ${q.plain} <% s."words" OR s."words" LIKE ${`%${q.plain}%`})`;
}

const rankSql = (plain: string) =>
  Prisma.sql`(CASE WHEN s."document" @@ tsq THEN 1 + ts_rank_cd(s."document", tsq, 1) * 10 ELSE word_similarity(${plain}, s."words") END)::float8`;

/** All matching ids, best first (for filters the database cannot apply, such as status). */
export async function searchAgreements(db: PrismaClient, query: string, filters: SearchFilters = {}): Promise<SearchHit[]> {
  const q = prepare(query);
  if (!q) return [];
  const rows = await db.$queryRaw<Array<{ id: number; rank: number }>>`
    SELECT a."id", ${rankSql(q.plain)} AS "rank" ${matchSql(q, filters)}
    ORDER BY "rank" DESC, a."id"`;
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank) }));
}

/** One page of matching ids, best first, and how many match in all. */
export async function searchAgreementPage(db: PrismaClient, query: string, filters: SearchFilters, limit: number, offset: number): Promise<{ ids: number[]; total: number }> {
  const q = prepare(query);
  if (!q) return { ids: [], total: 0 };
  const rows = await db.$queryRaw<Array<{ id: number; total: bigint }>>`
    SELECT a."id", COUNT(*) OVER () AS "total", ${rankSql(q.plain)} AS "rank" ${matchSql(q, filters)}
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
