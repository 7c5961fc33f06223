// A memory cache in front of Next's request handler, for answers Next has
// already cached whole: public pages (ISR), the read API, feeds, sitemap and
// the public calendar. Next serves such a hit in ~1.5 ms of one core (its
// router, the page handler, the proxy, writing the response); this serves it
// in a fraction of that, so a burst of readers costs little more than static
// files (README, "Reads at any size").
//
// Written by hand because no library does this job inside a Node process:
// an HTTP cache (a CDN, Varnish, nginx) in front of the app is the usual
// answer, and a deployment may still add one; this keeps `npm start` alone
// fast. What it stores and for how long is kept narrow:
// - only answers the app marks as shared (the MARK header, set by proxy.ts
//   for public pages and by lib/http/cacheable.ts for public read routes),
//   with status 200, to a plain GET (no RSC/router/action headers, no
//   conditional or range request, no staff session cookie), setting no
//   cookie at all (proxy.ts takes next-intl's locale cookie off public pages:
//   it depends on the reader's own cookie and Accept-Language);
// - keyed by everything such an answer may depend on: address, host and
//   forwarded host/protocol (a trusted proxy's only: the front door drops a
//   client's own), and Accept-Encoding (the body may be compressed);
// - for at most TTL_MS, and only while no cache tag expired since it was
//   stored in this process: a write here expires it at once (the cache
//   handler counts expirations, lib/cache/shared-cache-handler.mjs), a write
//   on another instance within TTL_MS even if its notification is missed;
// - within a memory budget, oldest first out.

import { MEMORY_BUDGET } from "./memory-budget.mjs";
import { hasSessionCookie } from "./session-cookie.mjs";
import { SHARED_MARK as MARK, VALID_UNTIL_HEADER } from "./shared-mark.mjs";
import { storeKeyOf } from "./answer-store.mjs";
import { isInternal, isRefresh } from "./refresh.mjs";

export { MARK };
export const TTL_MS = 1000;
// A share of the heap this process runs in (lib/server/memory-budget.mjs).
const MAX_BYTES = MEMORY_BUDGET.frontCacheBytes;
const MAX_ENTRIES = 5000;
/** A larger answer (none is today; the calendar, the largest, is 0.6 MB) is not kept. */
const MAX_ENTRY_BYTES = MAX_BYTES / 8;
const GENERATION = Symbol.for("registry.cacheGeneration");

/** How many cache tag expirations this process has seen (lib/cache/shared-cache-handler.mjs counts them). */
export function cacheGeneration() {
  return globalThis[GENERATION] ?? 0;
}

export function bumpCacheGeneration() {
  globalThis[GENERATION] = cacheGeneration() + 1;
}

// Headers that describe one transfer, not the answer.
const HOP_BY_HOP = new Set(["connection", "keep-alive", "transfer-encoding", "date", "content-length", MARK]);
const BODY_HEADERS = new Set(["content-type", "content-encoding", "content-disposition", "content-language"]);

/** Whether `req` asks for less than a whole document: Next's RSC payload or an action (router headers, `_rsc=`), or a range. */
export function asksForPartOfPage(req) {
  const h = req.headers;
  return Boolean(h.rsc || h["next-router-state-tree"] || h["next-router-prefetch"] || h["next-action"] || h["next-router-segment-prefetch"] || h.range || (req.url ?? "").includes("_rsc="));
}

/** The key a request's answer is stored under, or null when the request may not be served from here. */
export function keyOf(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  // A request with a staff session may be answered for that session: never
  // kept, whatever the app marked (the second line behind the canonical path,
  // lib/server/canonical-path.mjs). Nor served from here: staff see their own.
  if (hasSessionCookie(req)) return null;
  if (asksForPartOfPage(req)) return null;
  const h = req.headers;
  const url = req.url ?? "";
  if (url.startsWith("/_next/")) return null;
  return [url, h.host ?? "", h["x-forwarded-host"] ?? "", h["x-forwarded-proto"] ?? "", h["accept-encoding"] ?? ""].join("\n");
}

/** Where an answer the app did not render came from: this process's memory, or the shared store (lib/server/answer-store.mjs). */
export const FROM_HEADER = "x-registry-cache";

export class FrontCache {
  /** `store`: the answers shared by every instance (lib/server/answer-store.mjs), consulted after memory. */
  constructor({ now = () => Date.now(), generation = cacheGeneration, store = null } = {}) {
    this.store = store;
    this.entries = new Map();
    // Keys being fetched from the app: requests for one wait for its answer.
    this.pending = new Map();
    this.bytes = 0;
    this.now = now;
    this.generation = generation;
  }

  /** A stored answer that is still good, or null. */
  get(key) {
    const entry = this.entries.get(key);
    if (!entry) return null;
    if (entry.generation !== this.generation() || this.now() - entry.storedAt >= TTL_MS) {
      this.delete(key);
      return null;
    }
    return entry;
  }

  set(key, entry) {
    this.delete(key);
    this.entries.set(key, entry);
    this.bytes += entry.body.length;
    for (const [oldest] of this.entries) {
      if (this.bytes <= MAX_BYTES && this.entries.size <= MAX_ENTRIES) break;
      this.delete(oldest);
    }
  }

  delete(key) {
    const entry = this.entries.get(key);
    if (!entry) return;
    this.bytes -= entry.body.length;
    this.entries.delete(key);
  }

  /**
   * Serves `req` from the cache when it can; otherwise lets `handle` answer
   * it and keeps the answer if it may be shared.
   */
  serve(req, res, handle) {
    const key = keyOf(req);
    // A page only this process may see is neither served from nor kept in a cache.
    if (key === null || isInternal(req)) return pass(req, res, handle);
    // This process asking itself for a fresh render (after a save): from the app, then kept.
    const refresh = isRefresh(req);
    const hit = refresh ? null : this.get(key);
    if (hit) return replay(req, res, hit, "memory");
    // When an entry lapses under load, every request in flight for it would
    // go to the app at once (32 renders of a 283 kB page in a row: the slowest
    // answers of a burst); one asks, the others wait for its answer.
    const pending = refresh ? null : this.pending.get(key);
    if (pending) return pending.then((entry) => (entry ? replay(req, res, entry, "memory") : pass(req, res, handle)));
    const storeKey = this.store?.available ? storeKeyOf(req.url) : null;
    // A conditional request's answer may be a 304: answered by Next, not kept
    // (from the store, it is answered here: the stored ETag decides).
    const keep = req.method === "GET" && !req.headers["if-none-match"] && !req.headers["if-modified-since"];
    if (!keep && !storeKey) return pass(req, res, handle);
    const generation = this.generation();
    const startedAt = this.now();
    let settle;
    let settled = false;
    const promise = new Promise((resolve) => (settle = resolve));
    this.pending.set(key, promise);
    const finish = (entry) => {
      if (settled) return;
      settled = true;
      if (this.pending.get(key) === promise) this.pending.delete(key);
      settle(entry);
    };
    // An answer that never completes (the client went away) releases the waiters.
    res.once("close", () => finish(null));
    return (refresh ? Promise.resolve(null) : this.#fromStore(storeKey, req)).then((stored) => {
      if (stored) {
        const entry = { ...stored, generation, storedAt: startedAt };
        if (generation === this.generation()) this.set(key, entry);
        finish(entry);
        return replay(req, res, entry, "store");
      }
      if (!keep) {
        finish(null);
        return pass(req, res, handle);
      }
      capture(res, (answer) => {
        if (!storable(answer)) return finish(null);
        if (storeKey) this.store.save(storeKey, answer, startedAt);
        if (generation !== this.generation()) return finish(null);
        const entry = { ...answer, generation, storedAt: this.now() };
        this.set(key, entry);
        finish(entry);
      }, () => finish(null));
      return handle(req, res);
    });
  }

  async #fromStore(storeKey, req) {
    if (!storeKey) return null;
    return this.store.lookup(storeKey, acceptsGzip(req.headers["accept-encoding"]));
  }
}

/** Whether an Accept-Encoding header admits gzip (a q of 0 refuses it). */
export function acceptsGzip(header) {
  if (!header) return false;
  return header.split(",").some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(";");
    if (coding.trim() !== "gzip" && coding.trim() !== "*") return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    return !q || Number(q.slice(2)) > 0;
  });
}

/** Lets the app answer, without keeping the answer; the MARK and the validity are taken off it. */
function pass(req, res, handle) {
  const { writeHead } = res;
  res.writeHead = function (...args) {
    res.removeHeader(MARK);
    res.removeHeader(VALID_UNTIL_HEADER);
    return writeHead.apply(this, args);
  };
  return handle(req, res);
}

function storable({ status, headers }) {
  return status === 200 && !headers.some(([name]) => name === "set-cookie");
}

function replay(req, res, entry, from) {
  res.setHeader(FROM_HEADER, from);
  const etag = entry.headers.find(([name]) => name === "etag")?.[1];
  const held = req.headers["if-none-match"];
  const notModified = etag && held && held.split(",").some((t) => t.trim() === etag || t.trim() === "*");
  for (const [name, value] of entry.headers) {
    if (HOP_BY_HOP.has(name) || (notModified && BODY_HEADERS.has(name))) continue;
    // For the shared store only (until when the answer is true), never for a reader.
    if (name === VALID_UNTIL_HEADER) continue;
    // Set by the front door for this request already (HSTS).
    if (name !== "set-cookie" && res.hasHeader(name)) continue;
    // Next's own word on where the answer came from: a cache, here too.
    res.appendHeader(name, name === "x-nextjs-cache" ? "HIT" : value);
  }
  if (notModified) {
    res.statusCode = 304;
    return res.end();
  }
  res.statusCode = entry.status;
  res.setHeader("content-length", entry.body.length);
  return req.method === "HEAD" ? res.end() : res.end(entry.body);
}

/**
 * Collects what is written to `res`, and hands it over once the answer is
 * complete. The MARK header is taken off before the headers go out: it is for
 * this cache only; so is VALID_UNTIL_HEADER (for the shared store), which is
 * kept with the captured answer but never sent.
 */
function capture(res, done, dropped) {
  const chunks = [];
  let size = 0;
  let keepable = true;
  let marked = false;
  let validUntil;
  const add = (chunk, encoding) => {
    if (chunk == null || typeof chunk === "function" || !keepable) return;
    const buffer = Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk);
    size += buffer.length;
    if (size > MAX_ENTRY_BYTES) keepable = false;
    else chunks.push(buffer);
  };
  const { writeHead, write, end } = res;
  // Node writes implicit headers through writeHead too.
  res.writeHead = function (status, ...rest) {
    for (const arg of rest) {
      // Headers handed to writeHead directly: kept as setHeader would, or,
      // as a raw array (which getHeaders() does not see), not kept at all.
      if (Array.isArray(arg)) keepable = false;
      else if (arg && typeof arg === "object") for (const [name, value] of Object.entries(arg)) if (value !== undefined) res.setHeader(name, value);
    }
    marked = res.hasHeader(MARK);
    res.removeHeader(MARK);
    validUntil = res.getHeader(VALID_UNTIL_HEADER);
    res.removeHeader(VALID_UNTIL_HEADER);
    return writeHead.call(this, status, ...rest.filter((arg) => typeof arg === "string"));
  };
  res.write = function (chunk, encoding, ...rest) {
    add(chunk, encoding);
    return write.call(this, chunk, encoding, ...rest);
  };
  res.end = function (chunk, encoding, ...rest) {
    add(chunk, encoding);
    const result = end.call(this, chunk, encoding, ...rest);
    if (keepable && marked) {
      const headers = [];
      for (const [name, value] of Object.entries(res.getHeaders())) for (const v of [value].flat()) headers.push([name, String(v)]);
      if (validUntil !== undefined) headers.push([VALID_UNTIL_HEADER, String(validUntil)]);
      done({ status: res.statusCode, headers, body: Buffer.concat(chunks) });
    } else dropped();
    return result;
  };
}
