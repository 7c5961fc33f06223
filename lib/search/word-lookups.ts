// What the vocabulary says of a query word (lib/search/query.ts,
// prepareQuery): whether it is indexed whole, its synonyms, whether longer
// words begin with it, the indexed words containing it. Kept for a moment,
// as the front cache keeps answers (lib/server/front-cache.mjs): for at most
// TTL_MS, and only while no cache tag expired in this process (a save or a
// synonym change here, or one another instance announced) and this
// process's vocabulary did not change (vocabularyChanged: the indexer and
// the synonym editor say so, also where no tag is expired, as in tests).
// Readers' words repeat across different searches, so most searches find
// every word here and take one statement, not two: a statement costs the
// server ~1.5 ms beyond PostgreSQL's own work (the driver, the socket
// write, waking the database's process; README, "Every read cheap, even the
// first").
import { cacheGeneration, TTL_MS } from "@/lib/server/front-cache.mjs";

export interface WordLookup {
  known: boolean;
  synonyms: string[];
  begins: boolean;
  inside: string[];
}

/** When a lookup was asked: an answer is kept only if nothing changed since. */
export interface LookupStamp {
  generation: number;
  version: number;
  at: number;
}

// On globalThis: Next may load this module in more than one bundle (the
// composer's and the routes'), and a change seen by one must reach all.
const VERSION = Symbol.for("registry.vocabularyVersion");
const store = globalThis as unknown as Record<symbol, number | undefined>;
const version = () => store[VERSION] ?? 0;

/** The vocabulary or the synonyms changed in this process: every held lookup is dropped. */
export function vocabularyChanged(): void {
  store[VERSION] = version() + 1;
}

const MAX_WORDS = 5000;
const held = new Map<string, { lookup: WordLookup; stamp: LookupStamp }>();

export function lookupStamp(): LookupStamp {
  return { generation: cacheGeneration(), version: version(), at: Date.now() };
}

const fresh = (stamp: LookupStamp) => stamp.generation === cacheGeneration() && stamp.version === version() && Date.now() - stamp.at < TTL_MS;

/** The lookup held for `key`, if it is still true. */
export function heldLookup(key: string): WordLookup | undefined {
  const entry = held.get(key);
  if (!entry) return undefined;
  if (fresh(entry.stamp)) return entry.lookup;
  held.delete(key);
  return undefined;
}

/** Keeps `lookup`, asked at `stamp`, unless something changed while it was read. */
export function holdLookup(key: string, lookup: WordLookup, stamp: LookupStamp): void {
  if (!fresh(stamp)) return;
  if (held.size >= MAX_WORDS) held.delete(held.keys().next().value!);
  held.set(key, { lookup, stamp });
}
