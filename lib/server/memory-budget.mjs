// How much of the server's heap each in-memory cache may hold, derived from
// the heap it runs in (npm start caps it: --max-old-space-size=192, README
// "Memory"). Fixed sizes written for a large heap (64 MB for the front cache,
// Next's default 50 MB for its own) together passed a 192 MB heap under a
// burst of distinct searches, and the process died (issue 24, part 5).
//
// - Next's data and page cache (lib/cache/shared-cache-handler.mjs): 20 %.
//   Next's LRU counts a string's length, and a Thai or Japanese page costs
//   two bytes a character, so it is given half that many units.
// - The front cache (lib/server/front-cache.mjs): 10 %, no entry over 1/8 of it.
// - Bodies being received (lib/server/front-door.mjs) live outside the heap
//   (Buffers): 1/3 of the heap's size, so that resident memory stays within
//   about three heaps in all.
// The rest is the app's working set: rendering, the database client, sessions.
import v8 from "node:v8";

const heapBytes = v8.getHeapStatistics().heap_size_limit;

export const MEMORY_BUDGET = {
  heapBytes,
  nextCacheUnits: Math.floor((heapBytes * 0.2) / 2),
  frontCacheBytes: Math.floor(heapBytes * 0.1),
  bodyBytes: Math.floor(heapBytes / 3),
};
