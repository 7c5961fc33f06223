// Which published public records each query term matches, held in memory:
// the sets a search by relevance counts and picks its candidates from
// (lib/search/query.ts), so PostgreSQL no longer finds and visits every
// match of every search. At 100,000 records the generated vocabulary's
// words are each in 10–77 % of records: finding a two-word query's matches
// through the GIN index and visiting their rows cost PostgreSQL ~10–50 ms a
// search, every search (README, "Searches at 100,000 from held sets").
// Readers' words repeat across different searches, so a term's set is read
// once and then combined with others in microseconds.
//
// Fresh as the database: every set is read together with the search
// index's version ("SearchVersion", raised by every transaction that writes
// a search document, at its commit; migration 20261210010000_search_version),
// and the statement that shows a search's page reads the version again. The
// sets are used only while both agree; otherwise they are dropped, read
// again, and the page asked once more (lib/search/query.ts).
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { readRows } from "@/lib/db/client";

/**
 * A set of agreement ids as a bitset: bit (id & 31) of word (id >> 5).
 * Hand-written (~80 lines with everyGroup and without below): the
 * operations are unions, intersections, a difference, a count and a walk
 * from the highest id down; the roaring-bitmap packages are native addons or
 * much larger than this, and the ids are small dense integers.
 */
export class IdSet {
  constructor(readonly words: Uint32Array) {}

  static of(ids: readonly number[]): IdSet {
    let max = -1;
    for (const id of ids) if (id > max) max = id;
    const words = new Uint32Array(max < 0 ? 0 : (max >> 5) + 1);
    for (const id of ids) words[id >> 5]! |= 1 << (id & 31);
    return new IdSet(words);
  }

  get bytes(): number {
    return this.words.byteLength;
  }

  count(): number {
    let n = 0;
    for (const w of this.words) n += bitCount(w);
    return n;
  }

  /** The ids from the highest down: `take` of them after skipping `skip`. */
  descending(skip: number, take: number): number[] {
    const out: number[] = [];
    for (let i = this.words.length - 1; i >= 0 && out.length < take; i--) {
      let w = this.words[i]!;
      if (w === 0) continue;
      const here = bitCount(w);
      if (skip >= here) {
        skip -= here;
        continue;
      }
      while (w !== 0 && out.length < take) {
        const bit = 31 - Math.clz32(w);
        w &= ~(1 << bit) >>> 0;
        if (skip > 0) skip--;
        else out.push(i * 32 + bit);
      }
    }
    return out;
  }
}

function bitCount(w: number): number {
  w = w - ((w >>> 1) & 0x55555555);
  w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
  return (Math.imul((w + (w >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}

// Buffers a search combines sets into, reused from one search to the next:
// a new 16 kB array for every union and intersection of every search (at
// 100,000 records) was memory outside V8's heap that only a garbage
// collection gives back, and the server's RSS rose by ~40 MB under distinct
// searches. Combining is synchronous, so no two searches share a buffer at once.
const buffers: Uint32Array[] = [];

function buffer(slot: number, length: number): Uint32Array {
  if ((buffers[slot]?.length ?? -1) < length) buffers[slot] = new Uint32Array(Math.max(length, 1024));
  const b = buffers[slot]!.subarray(0, length);
  b.fill(0);
  return b;
}

/**
 * The records in one of each group's sets (the intersection of the groups'
 * unions), in reused buffer `slot` (0–2): valid until the next call with the
 * same slot, so used before anything is awaited.
 */
export function everyGroup(groups: IdSet[][], slot: 0 | 1 | 2): IdSet {
  const length = Math.min(...groups.map((g) => Math.max(0, ...g.map((s) => s.words.length))));
  const out = buffer(slot, length);
  const union = buffer(3, length);
  groups.forEach((group, n) => {
    const into = n === 0 ? out : union;
    if (n > 0) into.fill(0);
    for (const set of group) for (let i = 0; i < Math.min(length, set.words.length); i++) into[i]! |= set.words[i]!;
    if (n > 0) for (let i = 0; i < length; i++) out[i]! &= union[i]!;
  });
  return new IdSet(out);
}

/** `a` without the records of `b`, in reused buffer `slot` (as everyGroup). */
export function without(a: IdSet, b: IdSet, slot: 0 | 1 | 2): IdSet {
  const out = buffer(slot, a.words.length);
  for (let i = 0; i < out.length; i++) out[i] = a.words[i]! & ~(b.words[i] ?? 0);
  return new IdSet(out);
}

/** The records a term (a word, `word:*`, or a phrase `(a <-> b)`) matches: anywhere, and in the title. */
export interface TermSets {
  matches: IdSet;
  titled: IdSet;
}

/** Sets read at one version of the index. */
export interface HeldSets {
  version: bigint;
  sets: Map<string, TermSets>;
}

// Within this many bytes; the least recently used terms go first. A term's
// two sets at 100,000 records are ~32 kB: 8 MB holds ~250 terms.
const BUDGET_BYTES = 8 * 1024 * 1024;

interface Store {
  version: bigint | null;
  terms: Map<string, TermSets>;
  bytes: number;
  reading: Map<string, Promise<{ version: bigint; sets: TermSets }>>;
}

// On globalThis: Next may load this module in more than one bundle, and a
// set dropped by one must be dropped for all.
const KEY = Symbol.for("registry.heldPostings");
const global = globalThis as unknown as Record<symbol, Store | undefined>;
const store = (): Store => (global[KEY] ??= { version: null, terms: new Map(), bytes: 0, reading: new Map() });

const sizeOf = (s: TermSets) => s.matches.bytes + s.titled.bytes;

function hold(term: string, sets: TermSets, version: bigint): void {
  const s = store();
  if (s.version !== version) {
    // Sets of an older version are dropped; sets older than those held are not kept.
    if (s.version !== null && version < s.version) return;
    dropHeldPostings();
    s.version = version;
  }
  const before = s.terms.get(term);
  if (before) s.bytes -= sizeOf(before);
  s.terms.set(term, sets);
  s.bytes += sizeOf(sets);
  for (const [old, oldSets] of s.terms) {
    if (s.bytes <= BUDGET_BYTES) break;
    s.terms.delete(old);
    s.bytes -= sizeOf(oldSets);
  }
}

/** Every held set is dropped (the index changed; tests). */
export function dropHeldPostings(): void {
  const s = store();
  s.terms.clear();
  s.bytes = 0;
  s.version = null;
}

/** The held sets' version, if it is still `version`'s; the page statement found another. */
export function staleHeldPostings(version: bigint): void {
  if (store().version === version) dropHeldPostings();
}

type Row = { term: string; version: bigint; matches: number[]; titled: number[] };

async function read(db: PrismaClient, terms: string[]): Promise<Map<string, { version: bigint; sets: TermSets }>> {
  // One statement for every term missing, and the version in the same
  // snapshot. A term's matches come from the document's GIN index, the
  // titled ones among them from the title kept in each row.
  const rows = await readRows<Row>(db, Prisma.sql`/* prepared */
    SELECT t."term", v."version", m."matches", m."titled"
    FROM unnest(${terms}::text[]) AS t("term")
    CROSS JOIN (SELECT "version" FROM "SearchVersion" WHERE "id" = 1) v
    CROSS JOIN LATERAL (
      SELECT COALESCE(array_agg(s."agreementId"), '{}') AS "matches",
        COALESCE(array_agg(s."agreementId") FILTER (WHERE s."title" @@ q."q"), '{}') AS "titled"
      FROM (SELECT to_tsquery('simple', t."term") AS "q") q
      JOIN "SearchDocument" s ON s."public" AND s."document" @@ q."q"
    ) m`);
  return new Map(rows.map((r) => [r.term, { version: BigInt(r.version), sets: { matches: IdSet.of(r.matches), titled: IdSet.of(r.titled) } }]));
}

/**
 * The sets of `terms`, all of one version: those held, and those missing read
 * in one statement (a term another search is reading is waited for).
 * null: the terms' sets could not be had at one version (the index changed
 * while they were read); the caller asks PostgreSQL directly.
 */
export async function heldSets(db: PrismaClient, terms: string[]): Promise<HeldSets | null> {
  const s = store();
  const unique = [...new Set(terms)];
  const found = new Map<string, { version: bigint; sets: TermSets }>();
  const missing: string[] = [];
  const waits: Array<Promise<void>> = [];
  for (const term of unique) {
    const held = s.terms.get(term);
    if (held && s.version !== null) {
      // Most recently used last: the budget drops the least recently used first.
      s.terms.delete(term);
      s.terms.set(term, held);
      found.set(term, { version: s.version, sets: held });
    } else if (s.reading.has(term)) waits.push(s.reading.get(term)!.then((r) => void found.set(term, r)));
    else missing.push(term);
  }
  if (missing.length > 0) {
    const reading = read(db, missing);
    for (const term of missing) {
      const one = reading.then((m) => m.get(term)!);
      // Handled here too: a failed read must not be an unhandled rejection when no other search waits for it.
      one.catch(() => undefined);
      s.reading.set(term, one);
    }
    waits.push(
      reading
        .then((m) => {
          for (const [term, r] of m) {
            found.set(term, r);
            hold(term, r.sets, r.version);
          }
        })
        .finally(() => {
          for (const term of missing) s.reading.delete(term);
        }),
    );
  }
  await Promise.all(waits);
  const versions = new Set([...found.values()].map((r) => r.version));
  if (versions.size !== 1) {
    // Read at different versions: the newest is held (hold), the rest dropped.
    return null;
  }
  return { version: [...versions][0]!, sets: new Map([...found].map(([term, r]) => [term, r.sets])) };
}
