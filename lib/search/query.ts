import type { Locale } from "@/i18n/locales";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { segmentWords } from "./segment";
import type { Passage } from "./index-agreement";
import { normalizeQuery, SHORT_WORD, termWords, yearOf, yearToken } from "./terms";
import { heldLookup, holdLookup, lookupStamp, type WordLookup } from "./word-lookups";
import { filterConditions, listingOrder, listingWhere, type IdPage, type ListingFilters, type ListingSort } from "@/lib/agreements/listing";

// A statement whose text begins /* prepared */ is parsed and planned once a
// connection, then only bound and executed (lib/db/prepared.ts).
const SIMILARITY = 0.4;

/** Words to mark in a passage: consecutive segments equal to `words` (a phrase), or (prefix) a segment beginning with the one word. */
export interface Needle {
  words: string[];
  prefix: boolean;
}

/**
 * A query turned into tsqueries over the index's own words, one per tier of
 * how well a record matches: every query word as a whole word (or one of its
 * synonyms, or the year it names); as the start of a word; or anyhow (inside a
 * Thai compound, or spelt like it). A record's rank weighs the tiers, so a
 * whole-word hit ranks above a word-start hit, above a hit inside a word.
 * `needles`: what the highlighter marks — exactly the words that matched.
 */
export interface PreparedQuery {
  /** null: some word has no whole-word form, so no record is in this tier. */
  exact: string | null;
  start: string | null;
  any: string;
  needles: Needle[];
}

const phrase = (term: string) => {
  const words = termWords(term);
  return words.length === 1 ? words[0]! : `(${words.join(" <-> ")})`;
};

/**
 * Each query word stands for: itself; the terms of a synonym set it belongs
 * to (lib/search/synonyms.ts); the year it names, in any calendar (records
 * index the years of their dates); and, for words longer than SHORT_WORD
 * letters, longer words it begins, indexed words containing it (part of a
 * Thai compound) or, failing those, the indexed words spelt most like it
 * ("Takaici" → "takaichi"). A short word ("AI") matches whole words only.
 * null: some word matches nothing, so nothing can match.
 */
export async function prepareQuery(db: PrismaClient, query: string): Promise<PrepareResult> {
  const words = segmentWords(normalizeQuery(query));
  if (words.length === 0) return null;
  const exact: Array<string | null> = [];
  const start: Array<string | null> = [];
  const any: string[] = [];
  const needles: Needle[] = [];
  // The short-word rule is for Latin letters and digits ("AI" in "Thailand");
  // a Thai or Japanese word of two or three letters is a word, and a longer
  // compound may begin with it (郵便 in 郵便局). A year is itself only.
  const extend = words.map((word) => !yearOf(word) && (/^[\p{Script=Latin}\p{N}]+$/u.test(word) ? word.length > SHORT_WORD : true));
  // What the vocabulary knows of every word, in one statement (one round trip
  // where there were up to four a word): the word itself, its synonyms, whether
  // longer words begin with it and, for a word neither known nor begun, the
  // indexed words containing it (part of a Thai compound). Longer words
  // beginning with it are those between it and it followed by the last code
  // point, in code point order: a range of the index on ("word" COLLATE "C")
  // (migration 20261208010000_search_word_prefix), where `LIKE word || '_%'`
  // read the whole vocabulary (2.3 ms a word at 10,000 records).
  // Words looked up a moment ago are not asked again (lib/search/word-lookups.ts).
  const keys = words.map((word, n) => `${extend[n] ? "+" : "="}${word}`);
  const lookups: Array<WordLookup | undefined> = keys.map(heldLookup);
  const missing = words.flatMap((word, n) => (lookups[n] ? [] : [n]));
  if (missing.length > 0) {
    const stamp = lookupStamp();
    const read = await db.$queryRaw<WordLookup[]>`/* prepared */
    SELECT k."known", syn."terms" AS "synonyms", b."begins",
      CASE WHEN w."extend" AND NOT k."known" AND NOT b."begins" AND length(w."word") >= 3
        THEN ARRAY(SELECT "word" FROM "SearchWord" WHERE "word" LIKE '%' || w."word" || '%' LIMIT 20) ELSE '{}'::text[] END AS "inside"
    FROM unnest(${missing.map((n) => words[n]!)}::text[], ${missing.map((n) => extend[n]!)}::boolean[]) WITH ORDINALITY AS w("word", "extend", "ord")
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "SearchWord" WHERE "word" = w."word") AS "known") k
    CROSS JOIN LATERAL (SELECT CASE WHEN w."extend" THEN EXISTS (
      SELECT 1 FROM "SearchWord" WHERE "word" COLLATE "C" > w."word" COLLATE "C" AND "word" COLLATE "C" < (w."word" || chr(1114111)) COLLATE "C") ELSE false END AS "begins") b
    CROSS JOIN LATERAL (SELECT COALESCE(array_agg(t), '{}'::text[]) AS "terms" FROM "SearchSynonym" s CROSS JOIN LATERAL unnest(s."terms") t WHERE w."word" = ANY(s."terms")) syn
    ORDER BY w."ord"`;
    for (const [k, n] of missing.entries()) {
      const { known, synonyms, begins, inside } = read[k]!;
      lookups[n] = { known, synonyms, begins, inside };
      holdLookup(keys[n]!, lookups[n]!, stamp);
    }
  }
  for (const [n, word] of words.entries()) {
    const { known } = lookups[n]!;
    // A word stands for the longer words it begins only where the reader may
    // not have finished it: the last word typed, or a word the index does not
    // hold whole ("ไปรษณ"). A known word before the last is taken as written —
    // as search-as-you-type engines do (Meilisearch, Typesense: prefix on the
    // last word) — and a Thai phrase segments into known words ("การพัฒนา…"
    // → การ, พัฒนา, …) whose prefixes ("การ:*": hundreds of words, each with a
    // long posting list) cost a search at 100,000 records most of its time
    // while adding nothing the phrase's own words do not match.
    const begins = lookups[n]!.begins && (n === words.length - 1 || !known);
    const synonyms = lookups[n]!.synonyms.filter((t) => t !== word);
    const year = yearOf(word);
    // A year's spellings are words too: 2025 finds "2568" in a Thai quote.
    const whole = [...new Set([...(known ? [word] : []), ...synonyms.filter((t) => termWords(t).length > 0).map(phrase), ...(year ? [yearToken(year), String(year), String(year + 543)] : [])])];
    needles.push(
      ...(known ? [{ words: [word], prefix: false }] : []),
      ...synonyms.map((t) => ({ words: termWords(t), prefix: false })).filter((n) => n.words.length > 0),
      ...(year ? [String(year), String(year + 543)].map((w) => ({ words: [w], prefix: false })) : []),
    );

    let inside = lookups[n]!.inside;
    // Failing all else, the indexed words spelt most like it ("Takaici" → "takaichi"): rare, so its own statement.
    if (extend[n] && !begins && !known && word.length >= 3 && inside.length === 0 && whole.length === 0)
      inside = (
        await db.$queryRaw<Array<{ word: string }>>`
          SELECT "word" FROM "SearchWord" WHERE "word" % ${word} AND similarity("word", ${word}) > ${SIMILARITY}
          ORDER BY similarity("word", ${word}) DESC, "word" LIMIT 5`
      ).map((r) => r.word);
    if (begins) needles.push({ words: [word], prefix: true });
    needles.push(...inside.map((w) => ({ words: [w], prefix: false })));
    if (whole.length === 0 && !begins && inside.length === 0) return null;
    const or = (terms: string[]) => (terms.length === 0 ? null : `(${terms.join(" | ")})`);
    const startTerms = [...whole, ...(begins ? [`${word}:*`] : [])];
    exact.push(or(whole));
    start.push(or(startTerms));
    any.push(or([...startTerms, ...inside])!);
  }
  const all = (parts: Array<string | null>) => (parts.every((p) => p !== null) ? parts.join(" & ") : null);
  return { exact: all(exact), start: all(start), any: any.join(" & "), needles };
}

export type PrepareResult = PreparedQuery | null;

/**
 * The matching records' search documents `s`, and `a` when filters need the
 * record: `s."public"` is the list's own condition (published and public,
 * written with every save), so an unfiltered search reads no "Agreement" row.
 */
function matches(f: ListingFilters, today: string, condition: Prisma.Sql) {
  const filters = filterConditions(f, today);
  if (filters.length === 0) return Prisma.sql`FROM "SearchDocument" s WHERE s."public" AND ${condition}`;
  return Prisma.sql`FROM "SearchDocument" s JOIN "Agreement" a ON a."id" = s."agreementId" WHERE s."public" AND ${condition} AND ${Prisma.join(filters, " AND ")}`;
}

/**
 * A query's tsquery, made once a statement: a sub-select is computed once
 * (an InitPlan). Written inline, `to_tsquery('simple', $1)` is folded into a
 * constant only when a statement is planned for its values; a prepared
 * statement's generic plan (lib/db/prepared.ts) parsed it again for every
 * row it ranked, and searches cost more than unprepared ones.
 */
const tsqueryOf = (text: string) => Prisma.sql`(SELECT to_tsquery('simple', ${text}))`;

// Weights put title hits first (A; a record's years too), then kind, scope,
// parties and signatories (B). Tiers: a record matching every word whole
// outranks one matching by word starts, which outranks one matching inside words.
// For most queries the tiers are the same tsquery (every word known whole):
// each distinct tsquery is ranked once, with the sum of its tiers' factors.
// `rank`: ts_rank_cd (cover density: words close together rank higher) for
// the few rows a page shows; ts_rank for every matching head, where it is
// the whole cost: ts_rank_cd costs ~4.5 µs a call whatever the vector's size
// (a head or its title alone alike), ts_rank ~0.7 µs, and a broad query at
// 100,000 records ranks ~24,000 heads (README, "Searches cheaper").
function rankSql(q: PreparedQuery, column: "head" | "document", rank: "ts_rank" | "ts_rank_cd") {
  const factors = new Map<string, number>();
  for (const [factor, tsquery] of [[4, q.exact], [2, q.start], [1, q.any]] as const) if (tsquery !== null) factors.set(tsquery, (factors.get(tsquery) ?? 0) + factor);
  const vector = Prisma.raw(`s."${column}"`);
  const terms = [...factors].map(([tsquery, factor]) => Prisma.sql`${factor} * ${Prisma.raw(rank)}(${vector}, ${tsqueryOf(tsquery)}, 1)`);
  return Prisma.sql`(${Prisma.join(terms, " + ")})::float8`;
}

/**
 * A page of matches; `passages`: those to highlight, when they were read with
 * the page; `cards`: the columns asked for (`columns`), read with the page too.
 */
export interface SearchPage extends IdPage {
  passages?: Map<number, Passage[]>;
  cards?: Map<number, Record<string, unknown>>;
}

/** Heads are ranked on the head, then re-ranked in blocks of this many on their whole documents (ts_rank_cd). */
export const HEAD_BLOCK = 20;

/**
 * Best first. A record whose head (title, kind, scope areas, parties,
 * signatories: weights A and B, migration 20261208000000_search_head) holds
 * every word comes before one that holds them only in its summary, events or
 * quotes. Ranking every match's whole document was most of a search's time
 * (at 100,000 records ~20,000 wide rows for a two-word query), so:
 * - heads are ranked on the head (~1.6 kB, kept in the row; a row was ~4.5 kB)
 *   with ts_rank (rankSql), cut into blocks of HEAD_BLOCK, and each block the
 *   page reaches is re-ranked on its records' whole documents ("Japan Post" is named in the quotes of the
 *   MoC a reader wants, not in its title): one order for every page, and a
 *   page of twenty (PAGE_SIZE) reads twenty whole documents (an API page of
 *   up to 100, the blocks it spans);
 * - the other matches are ranked on their whole documents, read only when
 *   the page reaches past the heads;
 * - both counts come from one pass over the matching public documents.
 */
async function relevancePage(db: PrismaClient, q: PreparedQuery, f: ListingFilters, limit: number | null, offset: number, today: string, columns?: Prisma.Sql): Promise<SearchPage> {
  const any = tsqueryOf(q.any);
  const inHead = Prisma.sql`s."head" @@ ${any}`;
  const firstBlock = Math.floor(offset / HEAD_BLOCK) * HEAD_BLOCK;
  const blocks = limit === null ? Prisma.sql`OFFSET ${firstBlock}` : Prisma.sql`LIMIT ${Math.ceil((offset + limit) / HEAD_BLOCK) * HEAD_BLOCK - firstBlock} OFFSET ${firstBlock}`;
  // The passages to highlight come with the page (an export highlights nothing).
  const passages = limit === null ? Prisma.sql`NULL::jsonb` : Prisma.sql`s."passages"`;
  type Row = { heads: bigint; total: bigint; id: number | null; passages: Passage[] | null };
  // Columns of each page row's "Agreement" a (a search page's cards: one statement less a search).
  const withCards = (id: Prisma.Sql) =>
    columns ? { select: Prisma.sql`, ${columns}`, join: Prisma.sql`LEFT JOIN "Agreement" a ON a."id" = ${id} AND ${listingWhere({}, today)}` } : { select: Prisma.empty, join: Prisma.empty };
  const heads = withCards(Prisma.sql`p."id"`);
  // One statement: both counts, and the page of heads (none: one row of
  // counts). One pass over the matching documents gives both: a head is part
  // of its document (ts_filter), so every record matching in its head matches
  // in its document. The heads were found by their own index and the
  // documents counted by another, each visiting the matches' table pages (at
  // 100,000 records ~16,000 pages for a broad query, ~35 ms a visit).
  const rows = await db.$queryRaw<Row[]>`/* prepared */
    WITH d AS MATERIALIZED (
      SELECT s."agreementId" AS "id", CASE WHEN ${inHead} THEN ${rankSql(q, "head", "ts_rank")} END AS "rank" ${matches(f, today, Prisma.sql`s."document" @@ ${any}`)}
    ), m AS (
      SELECT d."id", d."rank" FROM d WHERE d."rank" IS NOT NULL
    ), c AS (
      SELECT (SELECT COUNT(*) FROM m) AS "heads", (SELECT COUNT(*) FROM d) AS "total"
    ), h AS (
      SELECT m."id", m."rank" FROM m ORDER BY m."rank" DESC, m."id" ${blocks}
    ), b AS (
      SELECT h."id", (row_number() OVER (ORDER BY h."rank" DESC, h."id") - 1) / ${HEAD_BLOCK} AS "block" FROM h
    ), p AS (
      SELECT b."id", b."block", ${rankSql(q, "document", "ts_rank_cd")} AS "rank", ${passages} AS "passages"
      FROM b JOIN "SearchDocument" s ON s."agreementId" = b."id"
      ORDER BY b."block", "rank" DESC, b."id"
      ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`} OFFSET ${offset - firstBlock}
    )
    SELECT c."heads", c."total", p."id", p."passages" ${heads.select} FROM c LEFT JOIN p ON true ${heads.join}
    ORDER BY p."block", p."rank" DESC, p."id"`;
  const headCount = Number(rows[0]?.heads ?? 0);
  const total = Number(rows[0]?.total ?? 0);
  const found: Array<{ id: number; passages: Passage[] | null }> = rows.filter((r): r is Row & { id: number } => r.id !== null);
  const wanted = limit === null ? null : limit - found.length;
  if ((wanted === null || wanted > 0) && total > headCount) {
    const others = withCards(Prisma.sql`x."id"`);
    found.push(
      ...(await db.$queryRaw<Array<{ id: number; passages: Passage[] | null }>>`/* prepared */
        SELECT x."id", x."passages" ${others.select} FROM (
          SELECT s."agreementId" AS "id", ${passages} AS "passages", ${rankSql(q, "document", "ts_rank_cd")} AS "rank"
          ${matches(f, today, Prisma.sql`s."document" @@ ${any} AND NOT COALESCE(${inHead}, false)`)}
          ORDER BY "rank" DESC, s."agreementId"
          ${wanted === null ? Prisma.empty : Prisma.sql`LIMIT ${wanted}`} OFFSET ${Math.max(0, offset - headCount)}
        ) x ${others.join}
        ORDER BY x."rank" DESC, x."id"`),
    );
  }
  return {
    ids: found.map((r) => r.id),
    total,
    passages: limit === null ? undefined : new Map(found.map((r) => [r.id, r.passages ?? []])),
    cards: columns ? new Map(found.map((r) => [r.id, r as Record<string, unknown>])) : undefined,
  };
}

/**
 * Sorted by anything but relevance, the matches are found first (the
 * full-text index), then sorted: PostgreSQL otherwise walked the listing's
 * own title or date index over every public record, testing each one's
 * document (10,000 records: 57–92 ms where 12–18 ms will do).
 */
async function sortedPage(db: PrismaClient, q: PreparedQuery, f: ListingFilters, sort: ListingSort, lang: Locale, limit: number | null, offset: number, today: string): Promise<IdPage> {
  const m = (columns: Prisma.Sql, tail: Prisma.Sql = Prisma.empty) => Prisma.sql`/* prepared */
    WITH m AS MATERIALIZED (SELECT "agreementId" FROM "SearchDocument" WHERE "public" AND "document" @@ ${tsqueryOf(q.any)})
    SELECT ${columns}
    FROM m JOIN "Agreement" a ON a."id" = m."agreementId"
    WHERE ${listingWhere(f, today)} ${tail}`;
  const page = limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit} OFFSET ${offset}`;
  const rows = await db.$queryRaw<Array<{ id: number; total: bigint }>>(m(Prisma.sql`a."id", COUNT(*) OVER () AS "total"`, Prisma.sql`ORDER BY ${listingOrder(sort, lang)} ${page}`));
  if (rows.length === 0 && offset > 0) {
    const [count] = await db.$queryRaw<Array<{ total: bigint }>>(m(Prisma.sql`COUNT(*) AS "total"`));
    return { ids: [], total: Number(count?.total ?? 0) };
  }
  return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
}

/**
 * One page of matching ids in the given order (best first by default), and
 * how many match in all. `limit` null: every matching id (exports).
 * `columns`: of each match's "Agreement" a, read with a page by relevance
 * (`cards`); other orders leave them to the caller.
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
  prepared?: PrepareResult,
  columns?: Prisma.Sql,
): Promise<SearchPage> {
  const q = prepared === undefined ? await prepareQuery(db, query) : prepared;
  if (!q) return { ids: [], total: 0 };
  if (sort === "relevance") return relevancePage(db, q, filters, limit, offset, today, columns);
  return sortedPage(db, q, filters, sort, lang, limit, offset, today);
}

/** The passages to highlight for the given agreements. */
export async function searchPassages(db: PrismaClient, ids: number[]): Promise<Map<number, Passage[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.searchDocument.findMany({ where: { agreementId: { in: ids } }, select: { agreementId: true, passages: true } });
  return new Map(rows.map((r) => [r.agreementId, r.passages as unknown as Passage[]]));
}
