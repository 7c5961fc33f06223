// Whole public answers kept in PostgreSQL ("StoredAnswer"), behind the front
// cache's memory (lib/server/front-cache.mjs) and before Next: a record's
// page in each language, its API answer, a list page. Every instance on the
// database finds there what any of them rendered, and a restart loses
// nothing, so a reader's first visit to a page costs one indexed read of a
// compressed body instead of a render (README, "Every read cheap").
//
// Hand-written for the same reason as the front cache: no library keeps HTTP
// answers in PostgreSQL inside the process. It is kept narrow:
// - Only what the front cache would keep (an answer the app marked as the
//   same for every reader, 200, no cookie, a plain GET without a session),
//   and not searches (`q=`: a reader's own words, an unbounded set of keys,
//   each asked once).
// - Keyed by the app's build and the canonical path and query: a page names
//   its build's script and stylesheet files; public answers read nothing
//   from the request (their links use SITE_URL, lib/http/origin.ts); the
//   body is stored gzip-compressed and unpacked for a reader who does not
//   accept gzip.
// - Tagged from its path (lib/cache/tags.mjs: a record's page and API answer
//   with its slug's tag, the rest with LISTS). An answer is good while none
//   of its tags expired ("CacheTagExpiration", written by every instance's
//   cache handler) since its rendering began, and from the Bangkok day it was
//   rendered on until the day the app said it may no longer be true
//   (VALID_UNTIL_HEADER: a record's page and API answer stay true until its
//   status or current period changes, lib/agreements/serialize.ts), or for
//   its own day only when the app said nothing (lists show many statuses).
//   So a new day renders again only the records that change on it (and the
//   lists), and the midnight pass (lib/server/midnight-pass.mjs) renders
//   those before readers ask.
// - An instance learns another's expirations within a second (NOTIFY, or
//   polling: lib/cache/shared-cache-handler.mjs), so an answer rendered just
//   after an expiration may come from what that instance had not yet
//   forgotten: answers are stored as if their rendering had begun
//   LEARNING_LAG_MS earlier, and one whose tags expired since is not stored.
// - Pages nobody reads are let go: entries no longer true, and those not
//   read for READ_HORIZON_MS, are deleted at most once an hour.
// - While the database cannot be reached, the store steps aside for a
//   second at a time (the front cache and Next's outage path serve).
import zlib from "node:zlib";
import { promisify } from "node:util";
import pg from "pg";
import { answerTags } from "../cache/tags.mjs";
import { expiredSince } from "./local-expirations.mjs";
import { VALID_FOR_EVER, VALID_UNTIL_HEADER } from "./shared-mark.mjs";

const gzip = promisify(zlib.gzip);
const gunzip = promisify(zlib.gunzip);

export const LEARNING_LAG_MS = 2_000;
const READ_HORIZON_MS = 30 * 86_400_000;
const PRUNE_EVERY_MS = 3_600_000;
const TOUCH_EVERY_MS = 3_600_000;
const PAUSE_AFTER_ERROR_MS = 1_000;
/** Saves waiting for the database at once; past this, an answer is not stored (the next reader renders it again). */
const MAX_PENDING_SAVES = 32;
const BANGKOK_OFFSET_MS = 7 * 3_600_000; // UTC+7 all year (lib/cache/day.ts)

/** Headers that describe one transfer or one encoding, not the answer (or are for this store only). */
const NOT_STORED = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", "content-encoding", "set-cookie", "strict-transport-security", VALID_UNTIL_HEADER]);

/** The Bangkok day of `now`, "YYYY-MM-DD" (lib/cache/day.ts). */
export function bangkokDay(now = Date.now()) {
  return new Date(now + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** The day after `day` ("YYYY-MM-DD"). */
export function nextDay(day) {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

/**
 * Until when an answer rendered on `day` is good (exclusive; null: no end),
 * from the app's VALID_UNTIL_HEADER; without one (or with one that is not a
 * later day), for `day` alone.
 */
export function validUntil(headers, day) {
  const said = headers.find(([name]) => name === VALID_UNTIL_HEADER)?.[1];
  if (said === VALID_FOR_EVER) return null;
  if (said && /^\d{4}-\d{2}-\d{2}$/.test(said) && said > day) return said;
  return nextDay(day);
}

/** The key a request's answer is stored under (its canonical path and query), or null for an answer not stored here. */
export function storeKeyOf(url) {
  const target = url ?? "";
  if (!target.startsWith("/") || target.startsWith("/_next/")) return null;
  const query = target.indexOf("?");
  if (query >= 0 && new URLSearchParams(target.slice(query + 1)).has("q")) return null;
  return target;
}

const LOOKUP = `SELECT s."headers", s."body", s."readAt", s."tags", s."storedAt" FROM "StoredAnswer" s
  WHERE s."key" = $1 AND s."day" <= $2 AND (s."until" IS NULL OR s."until" > $2)
    AND NOT EXISTS (SELECT 1 FROM "CacheTagExpiration" e WHERE e."tag" = ANY(s."tags") AND e."expiredAt" >= s."storedAt")`;

const SAVE = `INSERT INTO "StoredAnswer" ("key", "day", "tags", "storedAt", "readAt", "headers", "body", "bytes", "until")
  SELECT $1, $2, $3::text[], $4::bigint, $5::bigint, $6::jsonb, $7::bytea, $8, $9
  WHERE NOT EXISTS (SELECT 1 FROM "CacheTagExpiration" e WHERE e."tag" = ANY($3::text[]) AND e."expiredAt" >= $4::bigint)
  ON CONFLICT ("key") DO UPDATE SET "day" = EXCLUDED."day", "until" = EXCLUDED."until", "tags" = EXCLUDED."tags", "storedAt" = EXCLUDED."storedAt",
    "readAt" = EXCLUDED."readAt", "headers" = EXCLUDED."headers", "body" = EXCLUDED."body", "bytes" = EXCLUDED."bytes"
  WHERE "StoredAnswer"."storedAt" <= EXCLUDED."storedAt"`;

export class AnswerStore {
  /**
   * `build`: the app's build (Next's BUILD_ID). Stored pages name the build's
   * script and stylesheet files, which another build does not have: after a
   * deploy, every answer is rendered again.
   * @param {{ url?: string, now?: () => number, build?: string }} options
   */
  constructor({ url = process.env.DATABASE_URL, now = () => Date.now(), build = "" } = {}) {
    this.now = now;
    this.build = build;
    this.pool = url ? new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 1_500, idleTimeoutMillis: 30_000, statement_timeout: 5_000 }) : null;
    this.pool?.on("error", () => {});
    this.pausedUntil = 0;
    this.pendingSaves = 0;
    this.lastPrune = 0;
    /** Answers served from here, and answers stored, since the start (for benchmarks and tests). */
    this.counts = { hits: 0, saves: 0 };
  }

  /** The row's key: the build, then the address ("" for no build: tests). */
  #stored(key) {
    return this.build ? `${this.build} ${key}` : key;
  }

  get available() {
    return this.pool !== null && this.now() >= this.pausedUntil;
  }

  #failed() {
    this.pausedUntil = this.now() + PAUSE_AFTER_ERROR_MS;
  }

  /**
   * The stored answer for `key` that is good today, as the reader asked for
   * it (`gzip`: whether the reader accepts it), or null.
   * @returns {Promise<{ status: number, headers: [string, string][], body: Buffer } | null>}
   */
  async lookup(key, acceptsGzip) {
    if (!this.available) return null;
    const now = this.now();
    let row;
    try {
      ({
        rows: [row],
      } = await this.pool.query(LOOKUP, [this.#stored(key), bangkokDay(now)]));
    } catch {
      this.#failed();
      return null;
    }
    if (!row) return null;
    // Expired by a save here whose record in the database may not be written yet.
    if (expiredSince(row.tags, Number(row.storedAt))) return null;
    this.counts.hits += 1;
    if (now - Number(row.readAt) > TOUCH_EVERY_MS) this.pool.query(`UPDATE "StoredAnswer" SET "readAt" = $2 WHERE "key" = $1`, [this.#stored(key), now]).catch(() => {});
    const headers = row.headers.filter(([name]) => !NOT_STORED.has(name));
    if (acceptsGzip) return { status: 200, headers: [...headers, ["content-encoding", "gzip"]], body: row.body };
    return { status: 200, headers, body: await gunzip(row.body) };
  }

  /**
   * Stores an answer captured by the front cache, whose rendering began at
   * `startedAt`. Never waits on, nor fails, the reader's answer.
   * @param {{ status: number, headers: [string, string][], body: Buffer }} answer
   */
  save(key, answer, startedAt) {
    if (!this.available || this.pendingSaves >= MAX_PENDING_SAVES || answer.status !== 200) return;
    const encoding = answer.headers.find(([name]) => name === "content-encoding")?.[1];
    if (encoding && encoding !== "gzip") return;
    this.pendingSaves += 1;
    (async () => {
      const body = encoding === "gzip" ? answer.body : await gzip(answer.body);
      const headers = answer.headers.filter(([name]) => !NOT_STORED.has(name));
      const path = key.split("?")[0];
      const now = this.now();
      if (expiredSince(answerTags(path), startedAt - LEARNING_LAG_MS)) return;
      const day = bangkokDay(startedAt);
      const { rowCount } = await this.pool.query(SAVE, [this.#stored(key), day, answerTags(path), startedAt - LEARNING_LAG_MS, now, JSON.stringify(headers), body, body.length, validUntil(answer.headers, day)]);
      if (rowCount) this.counts.saves += 1;
      if (now - this.lastPrune > PRUNE_EVERY_MS) {
        this.lastPrune = now;
        await this.pool.query(`DELETE FROM "StoredAnswer" WHERE "until" <= $1 OR "readAt" < $2`, [bangkokDay(now), now - READ_HORIZON_MS]);
        // Another build's answers are let go with their day (instances of two builds may run side by side during a deploy).
      }
    })()
      .catch(() => this.#failed())
      .finally(() => {
        this.pendingSaves -= 1;
      });
  }

  /**
   * The addresses of this build's stored answers that stop being true on
   * `day` (their "until"), most recently read first: what a new day would
   * otherwise render on readers' requests (lib/server/midnight-pass.mjs).
   */
  async endingOn(day) {
    if (!this.pool) return [];
    const prefix = this.build ? `${this.build} ` : "";
    const { rows } = await this.pool.query(`SELECT "key" FROM "StoredAnswer" WHERE "until" = $1 AND starts_with("key", $2) ORDER BY "readAt" DESC`, [day, prefix]);
    return rows.map((row) => row.key.slice(prefix.length));
  }

  /**
   * Runs `body` if no other instance on the database is running one under
   * `name` (a PostgreSQL advisory lock, held on one connection meanwhile);
   * resolves with its result, or null when another instance has it.
   */
  async exclusively(name, body) {
    if (!this.pool) return null;
    const client = await this.pool.connect();
    try {
      const {
        rows: [row],
      } = await client.query(`SELECT pg_try_advisory_lock(hashtext($1)) AS "got"`, [name]);
      if (!row.got) return null;
      try {
        return await body();
      } finally {
        await client.query(`SELECT pg_advisory_unlock(hashtext($1))`, [name]);
      }
    } finally {
      client.release();
    }
  }

  async close() {
    await this.pool?.end().catch(() => {});
  }
}
