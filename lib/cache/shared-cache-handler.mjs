// Next's data cache handler (next.config.ts, cacheHandler) for several app
// instances on one PostgreSQL. Entries are kept in this process's memory by
// Next's own FileSystemCache, never on disk: .next/cache outlives the process
// and knows nothing of the database, so a restart on another database (or
// after edits made while this instance was down) would serve another
// registry's records. What instances share is which
// tags were expired and when: a row per tag in "CacheTagExpiration", and a
// NOTIFY on the "registry_cache_tags" channel that wakes the others at once.
// What another instance announces goes into Next's own tag manifest, so the
// default handler's own checks then refuse entries made before it.
// An instance that is not listening (the connection was lost; LISTEN is not
// available) reads the table instead, at most once a second, and reloads it
// whole when it listens again.
//
// Plain JavaScript: Next loads this file at run time, outside its bundles.
// Timestamps are milliseconds of the writing instance's clock, compared with
// entries' own: instances' clocks must agree (NTP), as for sessions anyway.
import { bumpCacheGeneration } from "../server/front-cache.mjs";
import { MEMORY_BUDGET } from "../server/memory-budget.mjs";
import { noteExpired } from "../server/local-expirations.mjs";
import pg from "pg";
import * as fileSystemCache from "next/dist/server/lib/incremental-cache/file-system-cache.js";
import * as tagsManifestModule from "next/dist/server/lib/incremental-cache/tags-manifest.external.js";

// CommonJS modules: their exports arrive under `default` or directly,
// depending on whether Next bundles this file or Node loads it.
const FileSystemCache = fileSystemCache.default?.default ?? fileSystemCache.default;
const tagsManifest = tagsManifestModule.tagsManifest ?? tagsManifestModule.default?.tagsManifest;
const CHANNEL = "registry_cache_tags";
const POLL_MS = 1000;
// Entries live until the next Bangkok midnight at most (lib/cache/day.ts):
// older expirations cannot concern any entry still served.
const HORIZON_MS = 26 * 3_600_000;
const BANGKOK_OFFSET_MS = 7 * 3_600_000; // UTC+7 all year (lib/cache/day.ts)
const DAY_MS = 86_400_000;

/**
 * Was an entry made on an earlier Bangkok day than `now`? Such an entry shows
 * yesterday's statuses. Next would serve a page past its lifetime once more
 * while it renders the new one (stale-while-revalidate); the registry
 * must not show a status that ended at midnight, so it is a miss instead.
 */
export function madeBeforeToday(lastModified, now = Date.now()) {
  const dayStart = Math.floor((now + BANGKOK_OFFSET_MS) / DAY_MS) * DAY_MS - BANGKOK_OFFSET_MS;
  return lastModified < dayStart;
}

let listener = null;
let listening = false;
let lastPoll = 0;
let lastConnect = 0;

const url = () => process.env.DATABASE_URL;

/** Records that `tag` expired at `at`, as revalidateTag(tag, { expire: 0 }) does locally. */
function learn(tag, at) {
  const entry = tagsManifest.get(tag) ?? {};
  if ((entry.expired ?? 0) >= at) return;
  tagsManifest.set(tag, { ...entry, stale: at, expired: at });
  noteExpired([tag], at);
  // Whatever the front cache holds may show what this tag covered.
  bumpCacheGeneration();
}

const SELECT_RECENT = `SELECT "tag", "expiredAt" FROM "CacheTagExpiration" WHERE "expiredAt" > $1`;

async function readTable(client) {
  const { rows } = await client.query(SELECT_RECENT, [Date.now() - HORIZON_MS]);
  for (const row of rows) learn(row.tag, Number(row.expiredAt));
}

async function withClient(body) {
  const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 1500 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await body(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Keeps one connection listening; after any loss, a later read reconnects, at
 * most once a second: while the database is down, cached entries are served
 * without waiting on a connection attempt each.
 */
async function ensureListening() {
  if (listening || listener || !url() || Date.now() - lastConnect < POLL_MS) return;
  lastConnect = Date.now();
  const client = new pg.Client({ connectionString: url(), connectionTimeoutMillis: 1500 });
  listener = client;
  const drop = () => {
    listening = false;
    if (listener === client) listener = null;
    client.end().catch(() => {});
  };
  client.on("error", drop);
  client.on("end", drop);
  client.on("notification", (message) => {
    try {
      const { tags, at } = JSON.parse(message.payload ?? "{}");
      for (const tag of tags ?? []) learn(tag, Number(at));
    } catch {
      // Not one of ours.
    }
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${CHANNEL}`);
    // What other instances expired while this one was not listening.
    await readTable(client);
    listening = true;
  } catch {
    drop();
  }
}

async function syncTags() {
  await ensureListening();
  if (listening || !url() || Date.now() - lastPoll < POLL_MS) return;
  lastPoll = Date.now();
  // Errors leave the cache serving what it holds: what an outage needs.
  await withClient(readTable).catch(() => {});
}

export default class SharedCacheHandler extends FileSystemCache {
  constructor(ctx) {
    // Memory only, within its share of the heap (lib/server/memory-budget.mjs).
    super({ ...ctx, flushToDisk: false, maxMemoryCacheSize: MEMORY_BUDGET.nextCacheUnits });
  }

  async get(...args) {
    await syncTags();
    const entry = await super.get(...args);
    return entry && madeBeforeToday(entry.lastModified ?? 0) ? null : entry;
  }

  async revalidateTag(tags, durations) {
    await super.revalidateTag(tags, durations);
    const list = [tags].flat();
    const at = Date.now();
    for (const tag of list) learn(tag, at);
    // Next's own revalidateTag above may have recorded the expiration first.
    bumpCacheGeneration();
    if (!url()) return;
    // One statement: record the expirations and wake the other instances.
    await withClient((client) =>
      client.query(
        `WITH upserted AS (
           INSERT INTO "CacheTagExpiration" ("tag", "expiredAt") SELECT unnest($1::text[]), $2
           ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = GREATEST("CacheTagExpiration"."expiredAt", EXCLUDED."expiredAt")
           RETURNING 1)
         SELECT pg_notify($3, $4), (SELECT count(*) FROM upserted)`,
        [list, at, CHANNEL, JSON.stringify({ tags: list, at })],
      ),
    ).catch((error) => console.error(`cache tags not shared with other instances: ${error instanceof Error ? error.message : error}`));
  }
}
