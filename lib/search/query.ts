import type { Locale } from "@/i18n/locales";
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { boolArrayText, intArrayText, readRows } from "@/lib/db/client";
import { segmentWords } from "./segment";
import type { Passage } from "./index-agreement";
import { normalizeQuery, SHORT_WORD, termWords, yearOf, yearToken } from "./terms";
import { heldLookup, holdLookup, lookupStamp, type WordLookup } from "./word-lookups";
import { everyGroup, heldSets, staleHeldPostings, without, type IdSet, type TermSets } from "./held-postings";
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
  /** Any one query word (in any of its forms): a title holding some of the words ranks above one holding none. */
  some: string;
  /** `any` as terms: a record matches when, for every query word, it matches one of that word's terms. */
  anyTerms: string[][];
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
  const anyTerms: string[][] = [];
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
    const read = await readRows<WordLookup>(db, Prisma.sql`/* prepared */
    SELECT k."known", syn."terms" AS "synonyms", b."begins",
      CASE WHEN w."extend" AND NOT k."known" AND NOT b."begins" AND length(w."word") >= 3
        THEN ARRAY(SELECT "word" FROM "SearchWord" WHERE "word" LIKE '%' || w."word" || '%' LIMIT 20) ELSE '{}'::text[] END AS "inside"
    FROM unnest(${missing.map((n) => words[n]!)}::text[], ${missing.map((n) => extend[n]!)}::boolean[]) WITH ORDINALITY AS w("word", "extend", "ord")
    CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM "SearchWord" WHERE "word" = w."word") AS "known") k
    CROSS JOIN LATERAL (SELECT CASE WHEN w."extend" THEN EXISTS (
      SELECT 1 FROM "SearchWord" WHERE "word" COLLATE "C" > w."word" COLLATE "C" AND "word" COLLATE "C" < (w."word" || chr(1114111)) COLLATE "C") ELSE false END AS "begins") b
    CROSS JOIN LATERAL (SELECT COALESCE(array_agg(t), '{}'::text[]) AS "terms" FROM "SearchSynonym" s CROSS JOIN LATERAL unnest(s."terms") t WHERE w."word" = ANY(s."terms")) syn
    ORDER BY w."ord"`);
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
        await readRows<{ word: string }>(db, Prisma.sql`
          SELECT "word" FROM "SearchWord" WHERE "word" % ${word} AND similarity("word", ${word}) > ${SIMILARITY}
          ORDER BY similarity("word", ${word}) DESC, "word" LIMIT 5`)
      ).map((r) => r.word);
    if (begins) needles.push({ words: [word], prefix: true });
    needles.push(...inside.map((w) => ({ words: [w], prefix: false })));
    if (whole.length === 0 && !begins && inside.length === 0) return null;
    const or = (terms: string[]) => (terms.length === 0 ? null : `(${terms.join(" | ")})`);
    const startTerms = [...whole, ...(begins ? [`${word}:*`] : [])];
    exact.push(or(whole));
    start.push(or(startTerms));
    any.push(or([...startTerms, ...inside])!);
    anyTerms.push([...startTerms, ...inside]);
  }
  const all = (parts: Array<string | null>) => (parts.every((p) => p !== null) ? parts.join(" & ") : null);
  return { exact: all(exact), start: all(start), any: any.join(" & "), some: any.join(" | "), anyTerms, needles };
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
// the few rows a page shows; ts_rank for every candidate's title, where it is
// the whole cost: ts_rank_cd costs ~4.5 µs a call whatever the vector's size,
// ts_rank ~0.7 µs (README, "Searches cheaper"). On the title, `some` (any
// one query word) counts too, so a title holding one of two words comes
// before a title holding none.
function rankSql(q: PreparedQuery, column: "title" | "document", rank: "ts_rank" | "ts_rank_cd") {
  const factors = new Map<string, number>();
  for (const [factor, tsquery] of [[4, q.exact], [2, q.start], [1, q.any], [1, column === "title" && q.some !== q.any ? q.some : null]] as const)
    if (tsquery !== null) factors.set(tsquery, (factors.get(tsquery) ?? 0) + factor);
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

/** Matches are ranked on their titles, then re-ranked in blocks of this many on their whole documents (ts_rank_cd). */
export const RANK_BLOCK = 20;

type PageRow = { id: number | null; passages: Passage[] | null };

/** What both ways to a page by relevance share: the passages, the cards, and the blocks the page reaches, re-ranked. */
function pageParts(q: PreparedQuery, limit: number | null, offset: number, today: string, columns?: Prisma.Sql) {
  // The passages to highlight come with the page (an export highlights nothing).
  const passages = limit === null ? Prisma.sql`NULL::jsonb` : Prisma.sql`s."passages"`;
  return {
    // Columns of each page row's "Agreement" a (a search page's cards: one statement less a search).
    cards: columns
      ? { select: Prisma.sql`, ${columns}`, join: Prisma.sql`LEFT JOIN "Agreement" a ON a."id" = p."id" AND ${listingWhere({}, today)}` }
      : { select: Prisma.empty, join: Prisma.empty },
    // From n (each candidate's place "pos" and block): k, the blocks the
    // page reaches; p, their rows re-ranked on whole documents, the page.
    tail: Prisma.sql`k AS (
      SELECT n."id", n."pos", n."block" FROM n
      WHERE n."block" >= (SELECT "block" FROM n WHERE "pos" = ${offset})
        ${limit === null ? Prisma.empty : Prisma.sql`AND n."block" <= (SELECT max("block") FROM n WHERE "pos" < ${offset + limit})`}
    ), p AS (
      SELECT k."id", k."block", ${rankSql(q, "document", "ts_rank_cd")} AS "rank", ${passages} AS "passages"
      FROM k JOIN "SearchDocument" s ON s."agreementId" = k."id"
      ORDER BY k."block", "rank" DESC, k."id"
      ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${limit}`} OFFSET ${offset} - (SELECT min("pos") FROM k)
    )`,
  };
}

function pageOf(rows: PageRow[], total: number, limit: number | null, columns?: Prisma.Sql): SearchPage {
  const found = rows.filter((r): r is PageRow & { id: number } => r.id !== null);
  return {
    ids: found.map((r) => r.id),
    total,
    passages: limit === null ? undefined : new Map(found.map((r) => [r.id, r.passages ?? []])),
    cards: columns ? new Map(found.map((r) => [r.id, r as Record<string, unknown>])) : undefined,
  };
}

/** The page by relevance from the document index: every match found and ranked by PostgreSQL. */
async function indexedRelevancePage(db: PrismaClient, q: PreparedQuery, f: ListingFilters, limit: number | null, offset: number, today: string, columns?: Prisma.Sql): Promise<SearchPage> {
  const any = tsqueryOf(q.any);
  const { cards, tail } = pageParts(q, limit, offset, today, columns);
  // d: every match, from one pass over the matching documents (found by
  // their index), with the count. h: the first matches in title order, up to
  // the end of the page's last block. n: each one's place and block (the
  // titled run's blocks, then the rest's, each from its own start).
  const rows = await readRows<PageRow & { total: bigint }>(db, Prisma.sql`/* prepared */
    WITH d AS MATERIALIZED (
      SELECT s."agreementId" AS "id", s."title" @@ ${any} AS "titled", ${rankSql(q, "title", "ts_rank")} AS "rank" ${matches(f, today, Prisma.sql`s."document" @@ ${any}`)}
    ), c AS (
      SELECT COUNT(*) AS "total" FROM d
    ), h AS (
      SELECT d."id", d."titled", d."rank" FROM d ORDER BY d."titled" DESC, d."rank" DESC, d."id" ${limit === null ? Prisma.empty : Prisma.sql`LIMIT ${offset + limit + RANK_BLOCK}`}
    ), n AS (
      SELECT h."id", row_number() OVER (ORDER BY h."titled" DESC, h."rank" DESC, h."id") - 1 AS "pos",
        (CASE WHEN h."titled" THEN 0 ELSE (count(*) FILTER (WHERE h."titled") OVER () + ${RANK_BLOCK - 1}) / ${RANK_BLOCK} END)
          + (row_number() OVER (PARTITION BY h."titled" ORDER BY h."rank" DESC, h."id") - 1) / ${RANK_BLOCK} AS "block"
      FROM h
    ), ${tail}
    SELECT c."total", p."id", p."passages" ${cards.select} FROM c LEFT JOIN p ON true ${cards.join}
    ORDER BY p."block", p."rank" DESC, p."id"`);
  return pageOf(rows, Number(rows[0]?.total ?? 0), limit, columns);
}

/**
 * Candidates ranked on their titles at a time, per run: a run of more
 * matches than this is ranked in windows of this many, newest record (highest
 * id) first. A multiple of RANK_BLOCK, so no block crosses a window.
 */
export const RANK_WINDOW = 10 * RANK_BLOCK;

/**
 * The page by relevance from the held sets (lib/search/held-postings.ts):
 * the matches and the titled ones among them are combined from each query
 * term's set in memory, so PostgreSQL neither finds nor visits every match.
 * The order is the index path's (titled run, then the rest; each ranked on
 * titles, ties by id; blocks re-ranked on whole documents), except that a
 * run of more than RANK_WINDOW matches is ranked RANK_WINDOW at a time,
 * newest first: the first page of a query matching 20,000 records shows
 * the best of its 200 newest titled matches, read by primary key, where the
 * index path ranked all 20,000. A run of up to RANK_WINDOW is one window:
 * the same order as the index path.
 * null: the sets could not be had at the index's current version.
 */
async function heldRelevancePage(db: PrismaClient, q: PreparedQuery, limit: number, offset: number, today: string, columns?: Prisma.Sql): Promise<SearchPage | null> {
  for (let attempt = 0; attempt < 2; attempt++) {
    const held = await heldSets(db, q.anyTerms.flat());
    if (!held) continue;
    // Combined in buffers reused by every search: used before anything is awaited.
    const groups = (pick: (t: TermSets) => IdSet) => q.anyTerms.map((terms) => terms.map((t) => pick(held.sets.get(t)!)));
    const matched = everyGroup(groups((t) => t.matches), 0);
    const titled = everyGroup(groups((t) => t.titled), 1);
    const rest = without(matched, titled, 2);
    const titledCount = titled.count();
    const total = titledCount + rest.count();
    // The windows the page's places fall in, in each run.
    const ids: number[] = [];
    const starts: number[] = [];
    const inTitle: boolean[] = [];
    const end = Math.min(offset + limit, total);
    for (const [run, start, size, isTitled] of [[titled, 0, titledCount, true], [rest, titledCount, total - titledCount, false]] as const) {
      const from = Math.max(offset, start) - start;
      const to = Math.min(end, start + size) - start;
      if (from >= to) continue;
      for (let w = Math.floor(from / RANK_WINDOW); w * RANK_WINDOW < to; w++) {
        const window = run.descending(w * RANK_WINDOW, RANK_WINDOW);
        ids.push(...window);
        for (let i = 0; i < window.length; i++) {
          starts.push(start + w * RANK_WINDOW);
          inTitle.push(isTitled);
        }
      }
    }
    const { cards, tail } = pageParts(q, limit, offset, today, columns);
    // d: the candidates ranked on their titles. o, n: each one's place (its
    // window's start, then its rank in the window) and block. The version
    // read in the same snapshot tells whether the sets were still true.
    const rows = await readRows<PageRow & { version: bigint }>(db, Prisma.sql`/* prepared */
      WITH d AS MATERIALIZED (
        SELECT w."id", w."start", w."titled", ${rankSql(q, "title", "ts_rank")} AS "rank"
        FROM unnest(${intArrayText(ids)}::int[], ${intArrayText(starts)}::int[], ${boolArrayText(inTitle)}::boolean[]) AS w("id", "start", "titled")
        JOIN "SearchDocument" s ON s."agreementId" = w."id"
      ), o AS (
        SELECT d."id", d."titled", d."start" + row_number() OVER (PARTITION BY d."start" ORDER BY d."rank" DESC, d."id") - 1 AS "pos" FROM d
      ), n AS (
        SELECT o."id", o."pos",
          CASE WHEN o."titled" THEN o."pos" / ${RANK_BLOCK} ELSE (${titledCount}::int + ${RANK_BLOCK - 1}) / ${RANK_BLOCK} + (o."pos" - ${titledCount}::int) / ${RANK_BLOCK} END AS "block"
        FROM o
      ), ${tail}
      SELECT v."version", p."id", p."passages" ${cards.select}
      FROM (SELECT "version" FROM "SearchVersion" WHERE "id" = 1) v LEFT JOIN p ON true ${cards.join}
      ORDER BY p."block", p."rank" DESC, p."id"`);
    if (rows[0] && BigInt(rows[0].version) === held.version) return pageOf(rows, total, limit, columns);
    // The index changed since the sets were read: they are dropped and read again.
    staleHeldPostings(held.version);
  }
  return null;
}

/**
 * Best first, with the count. A record whose title holds every word comes
 * before one that holds them only in its other fields.
 * Ranking every match's whole document was most of a search's time (at
 * 100,000 records ~20,000 wide rows for a two-word query), so:
 * - every match is ranked on its title (weight A: titles and years, ~0.5 kB,
 *   kept in the row; migration 20261210000000_search_title) with ts_rank
 *   (rankSql), ties by id: first those whose title holds every word, then
 *   the rest (a title holding some of the words first);
 * - each of these two runs is cut into blocks of RANK_BLOCK, and each block
 *   the page reaches is re-ranked on its records' whole documents with
 *   ts_rank_cd, where parties, signatories, summaries and quotes count
 *   ("Japan Post" is named in the quotes of the MoC a reader wants, not in
 *   its title): one order for every page, and a page of twenty (PAGE_SIZE)
 *   reads twenty whole documents (an API page of up to 100, the blocks it spans).
 * The title alone, not the head it replaced (weights A and B, ~1.6 kB): with
 * the head in them, the rows of 100,000 records (221 MB) did not fit
 * PostgreSQL's default shared buffers, and a search read most of its
 * matches' pages back from the system's file cache (README, "Searches at
 * 100,000 ranked on titles").
 * A page without filters comes from the held sets (heldRelevancePage); a
 * filtered page or an export, and `held: false`, from the index.
 */
async function relevancePage(db: PrismaClient, q: PreparedQuery, f: ListingFilters, limit: number | null, offset: number, today: string, columns?: Prisma.Sql, held = true): Promise<SearchPage> {
  if (held && limit !== null && filterConditions(f, today).length === 0) {
    const page = await heldRelevancePage(db, q, limit, offset, today, columns);
    if (page) return page;
  }
  return indexedRelevancePage(db, q, f, limit, offset, today, columns);
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
  const rows = await readRows<{ id: number; total: bigint }>(db, m(Prisma.sql`a."id", COUNT(*) OVER () AS "total"`, Prisma.sql`ORDER BY ${listingOrder(sort, lang)} ${page}`));
  if (rows.length === 0 && offset > 0) {
    const [count] = await readRows<{ total: bigint }>(db, m(Prisma.sql`COUNT(*) AS "total"`));
    return { ids: [], total: Number(count?.total ?? 0) };
  }
  return { ids: rows.map((r) => r.id), total: Number(rows[0]?.total ?? 0) };
}

/**
 * One page of matching ids in the given order (best first by default), and
 * how many match in all. `limit` null: every matching id (exports).
 * `columns`: of each match's "Agreement" a, read with a page by relevance
 * (`cards`); other orders leave them to the caller. `held: false`: a page by
 * relevance from the document index, not the held sets (tests compare both).
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
  options: { held?: boolean } = {},
): Promise<SearchPage> {
  const q = prepared === undefined ? await prepareQuery(db, query) : prepared;
  if (!q) return { ids: [], total: 0 };
  if (sort === "relevance") return relevancePage(db, q, filters, limit, offset, today, columns, options.held ?? true);
  return sortedPage(db, q, filters, sort, lang, limit, offset, today);
}

/** The passages to highlight for the given agreements. */
export async function searchPassages(db: PrismaClient, ids: number[]): Promise<Map<number, Passage[]>> {
  if (ids.length === 0) return new Map();
  const rows = await db.searchDocument.findMany({ where: { agreementId: { in: ids } }, select: { agreementId: true, passages: true } });
  return new Map(rows.map((r) => [r.agreementId, r.passages as unknown as Passage[]]));
}
