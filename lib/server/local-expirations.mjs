// Cache tags this process knows to have expired, and when: set at once by a
// save here (lib/cache/invalidate.ts) and by what the cache handler learns
// from other instances (lib/cache/shared-cache-handler.mjs). The shared store
// (lib/server/answer-store.mjs) checks its rows against this too, because the
// database's record of an expiration is written a moment after the save's
// answer may have gone out: a reader's next request must not find the old
// answer in between. Also ends everything the front cache holds in memory.
const KEY = Symbol.for("registry.localTagExpirations");
const GENERATION = Symbol.for("registry.cacheGeneration");
const known = (globalThis[KEY] ??= new Map());

export function noteExpired(tags, at) {
  for (const tag of tags) if ((known.get(tag) ?? 0) < at) known.set(tag, at);
  globalThis[GENERATION] = (globalThis[GENERATION] ?? 0) + 1;
}

/** When `tag` last expired (ms), as far as this process knows; 0 when never. */
export function expiredAt(tag) {
  return known.get(tag) ?? 0;
}

/** Whether one of `tags` expired at or after `since` (ms), as far as this process knows. */
export function expiredSince(tags, since) {
  return tags.some((tag) => (known.get(tag) ?? -Infinity) >= since);
}
