// What the server knows about a request before the app sees it, and the one
// limit it applies there. scripts/serve.mjs (`npm start`) runs every request
// through `FrontDoor.admit` before the front cache and Next.
//
// - The client's address. X-Forwarded-For is whatever the client wrote
//   unless a proxy in front overwrote it, so it is believed only past the
//   proxies named in TRUSTED_PROXIES (addresses or CIDR ranges, comma
//   separated; proxy-addr, the library Express uses, walks the chain). The
//   address found is handed to the app in CLIENT_HEADER, which replaces any
//   value the client sent; the sign-in limits, the audit log and the API
//   limit read it (lib/http/client-address.ts, lib/auth/auth.ts).
// - A per-client limit on the public read API (/api/v1/): API_RATE_LIMIT
//   requests per minute (default 600; 0 turns it off), answered 429 with
//   Retry-After beyond it. Counted in this process's memory
//   (rate-limiter-flexible), so with several instances behind a balancer the
//   limit is per instance. The app's own pages never call the API, so readers
//   of the site are not counted.
// - One canonical path (lib/server/canonical-path.mjs): a request that spells
//   its address otherwise ("/en/%65ditor", "/api/x/../v1/…", "//", "/EN/")
//   is redirected (308) to the canonical spelling before anything else is
//   decided, so the staff/public decision, the API limit (counted before the
//   redirect, on the canonical path), the front cache's key and Next's router
//   all see one address. A path with no canonical form is a 400.
// - Forwarded headers (X-Forwarded-Host, -Proto, -For) are taken off unless
//   the peer is a trusted proxy: nothing a client writes there reaches the app.
// - No password in an address: a query string holding a "password" parameter
//   (a sign-in form submitted by GET) is refused with a 400, never logged.
// - Admission (lib/server/admission.mjs), in four lanes:
//   public reads: at most OVERLOAD_PUBLIC_CONCURRENCY (default 16) at work,
//   128 more waiting up to OVERLOAD_WAIT_MS (3 s), 64 per client address;
//   searches (a list page or the API's list asked with `q`): the same, with
//   at most OVERLOAD_SEARCH_CONCURRENCY (default 4) at work. A search is this
//   thread's work (ranking, highlighting, the page), not a wait on the
//   database, so more at once only lengthens each turn of the event loop;
//   and libuv takes one new connection a turn (libuv PR #3696), so 16
//   searches at once left a burst of 32 new connections to be taken up one by
//   one over ~0.8 s, the last readers waiting for that before their request
//   was even read (README, "Searches in their own lane");
//   staff (staff pages, and writes with a session cookie): 8 at work, 64
//   waiting up to 10 s, 32 per client address (an editor's browser asks for
//   a page and prefetches its links at once; an office may share one
//   address), so a burst of readers or one stranger cannot keep editors out; anonymous writes (sign-in, sign-out):
//   4 at work, 32 waiting up to 5 s, 4 per client address. Past that, 503
//   with Retry-After. A request with a body takes its place only once its
//   body has arrived (at most BODY_MAX_BYTES, all bodies together at most
//   BODY_BUDGET_BYTES), so a body that trickles in holds no place, only its
//   connection, until the server's request timeout ends it (30 s,
//   scripts/serve.mjs). A place is given back exactly once when the answer
//   is done or the client leaves; a request whose client left while waiting
//   is never started. Static files and answers from the front cache need no
//   place.
// - HSTS when the configured public address (SITE_URL or BETTER_AUTH_URL) is
//   https: browsers heed the header only over HTTPS, and a server whose public
//   address is https is reached over HTTPS, whatever the proxy speaks to it.
import http from "node:http";
import proxyaddr from "proxy-addr";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { Admission } from "./admission.mjs";
import { canonicalPath, splitTarget } from "./canonical-path.mjs";
import { CLIENT_HEADER } from "./client-header.mjs";
import { MEMORY_BUDGET } from "./memory-budget.mjs";
import { badAddressAnswer, busyAnswer, passwordInAddressAnswer, RETRY_AFTER_SECONDS, tooLargeAnswer } from "./plain-answers.mjs";
import { asksForSearch } from "./search-page.mjs";
import { SECURITY_HEADERS } from "./security-headers.mjs";
import { isInternal } from "./refresh.mjs";
import { hasSessionCookie } from "./session-cookie.mjs";
import { STAFF_PAGE } from "./staff-page.mjs";

export { CLIENT_HEADER };
export const HSTS = "max-age=63072000; includeSubDomains";
const API_PREFIX = "/api/v1/";
const STAFF_API = /^\/api\/(?:editor|auth)\//;
/** How long a request whose reader left before its answer was done keeps its place (about a render's time). */
const ABANDONED_HOLD_MS = 2_000;
const FORWARDED = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-for", "x-forwarded-port", "forwarded"];
/** The largest body the app takes: an archive file (5 MB) with its form fields, with room to spare. */
export const BODY_MAX_BYTES = 8 * 1024 * 1024;
/** All bodies being received or waiting for their place, together (lib/server/memory-budget.mjs). */
export const BODY_BUDGET_BYTES = MEMORY_BUDGET.bodyBytes;

/** Which lane a request waits in: "staff", "anonymous" (writes without a session), "search", "public", or null (static files: no limit). */
export function laneOf(req) {
  // Canonical already: `admit` redirected any other spelling before this is asked.
  const [path] = splitTarget(req.url ?? "/");
  if (path.startsWith("/_next/static/") || path === "/favicon.ico") return null;
  // This process asking itself for part of an answer it is making (a search
  // page's frame, the not-found notice): the request it serves holds a place
  // already; a second one could wait on places held by requests waiting for it.
  if (isInternal(req)) return null;
  if (req.method === "OPTIONS") return "public";
  if (req.method !== "GET" && req.method !== "HEAD") return hasSessionCookie(req) ? "staff" : "anonymous";
  if (STAFF_PAGE.test(path) || STAFF_API.test(path)) return "staff";
  return asksForSearch(req.url ?? "/") ? "search" : "public";
}

/** Whether the query string holds a parameter named "password" (any case, escaped or not). */
export function passwordInQuery(query) {
  if (!query) return false;
  for (const key of new URLSearchParams(query).keys()) if (key.trim().toLowerCase() === "password") return true;
  return false;
}

/** proxy-addr's trust function for a TRUSTED_PROXIES value; throws on an entry that is not an address or range. */
export function trustedProxies(list = "") {
  const entries = list.split(",").map((s) => s.trim()).filter(Boolean);
  return entries.length ? proxyaddr.compile(entries) : () => false;
}

// proxy-addr reports an IPv4 client on a dual-stack socket as "::ffff:a.b.c.d";
// the audit log and the limits key on the plain form.
const plain = (address) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/** The client's address: the socket's peer, or, past trusted proxies, the first address they did not add. */
export function clientOf(req, trust) {
  return plain(proxyaddr(req, trust));
}

function configuredHttps(env) {
  return [env.SITE_URL, env.BETTER_AUTH_URL].some((url) => typeof url === "string" && url.startsWith("https://"));
}

/** An answer the front door gives itself: never kept by any cache, with the security headers every answer carries. */
function answer(res, status, { type, body }, headers = {}) {
  if (res.headersSent || res.destroyed) return;
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", ...headers });
  res.end(body);
}

/**
 * A request whose body the front door has received whole, handed to the app
 * as the request itself: the same socket, method, address and headers, the
 * body read from memory. Next reads a request's body as a stream, once.
 */
class ReceivedRequest extends http.IncomingMessage {
  constructor(original, chunks) {
    super(original.socket);
    for (const key of ["method", "url", "headers", "rawHeaders", "httpVersion", "httpVersionMajor", "httpVersionMinor", "trailers", "rawTrailers"]) this[key] = original[key];
    this.complete = true;
    for (const chunk of chunks) this.push(chunk);
    this.push(null);
  }

  // Everything is pushed already; nothing to ask the socket for.
  _read() {}
}

export class FrontDoor {
  constructor(env = process.env) {
    this.trust = trustedProxies(env.TRUSTED_PROXIES);
    this.hsts = configuredHttps(env);
    const perMinute = Number(env.API_RATE_LIMIT ?? 600);
    this.apiLimit = perMinute > 0 ? new RateLimiterMemory({ points: perMinute, duration: 60 }) : null;
    this.perMinute = perMinute;
    // Searches are public reads with fewer places at work (the comment at the top).
    const reads = (limit) => new Admission({ limit, queue: 128, waitMs: Number(env.OVERLOAD_WAIT_MS ?? 3000), perClient: 64 });
    this.lanes = {
      public: reads(Number(env.OVERLOAD_PUBLIC_CONCURRENCY ?? 16)),
      search: reads(Number(env.OVERLOAD_SEARCH_CONCURRENCY ?? 4)),
      staff: new Admission({ limit: 8, queue: 64, waitMs: 10_000, perClient: 32 }),
      anonymous: new Admission({ limit: 4, queue: 32, waitMs: 5_000, perClient: 4 }),
    };
    /** Bytes of bodies received and not yet answered. */
    this.bodyBytes = 0;
  }

  /**
   * Waits until the request may go to the app: its body received (when it
   * has one) and a place in its lane. Resolves to the request to hand to the
   * app and `done`, to call once the app has finished with it (a second call
   * does nothing); or to null when the front door answered it itself (503,
   * 413) or the client left, having given back whatever it took.
   *
   * The place stands for the app's work: it is given back when the answer
   * has gone out whole, or, for a reader who left before it was done,
   * ABANDONED_HOLD_MS after the leaving. Next goes on with work started for
   * a reader who left (its handler returns at once), and places given back
   * at the leaving let a crawler's burst start such work without bound (the
   * home page then took 30 s after a burst); places held until the handler
   * returned ran out (some return much later). `done` gives the place back
   * if the answer is complete; the connection's end does in any case.
   */
  async enterApp(req, res) {
    const name = laneOf(req);
    // Static files take no place.
    if (!name) return { request: req, done: () => {} };
    // Registered first: a client that leaves while its request waits is seen
    // however long the wait (a listener added after the wait would never fire).
    const gone = new AbortController();
    res.once("close", () => gone.abort());
    if (req.destroyed || res.destroyed) return null;
    const client = String(req.headers[CLIENT_HEADER] ?? "");
    let request = req;
    if (hasBody(req)) {
      request = await this.#receive(req, res);
      if (!request) return null;
    }
    const release = await this.lanes[name].enter(client, gone.signal);
    if (!release) {
      if (!gone.signal.aborted) answer(res, 503, busyAnswer(req.url ?? "/"), { "retry-after": String(RETRY_AFTER_SECONDS) });
      return null;
    }
    if (gone.signal.aborted) {
      release();
      return null;
    }
    let timer = null;
    const giveBack = () => {
      clearTimeout(timer);
      release();
    };
    res.once("close", () => {
      if (res.writableFinished) giveBack();
      else timer = setTimeout(giveBack, ABANDONED_HOLD_MS);
    });
    return {
      request,
      done: () => {
        if (res.writableFinished) giveBack();
      },
    };
  }

  /** Receives the whole body into memory; null (answered, or the client left) when it cannot. */
  #receive(req, res) {
    const declared = Number(req.headers["content-length"] ?? 0);
    if (declared > BODY_MAX_BYTES) {
      answer(res, 413, tooLargeAnswer(req.url ?? "/", BODY_MAX_BYTES), { connection: "close" });
      req.resume();
      return Promise.resolve(null);
    }
    if (this.bodyBytes + declared > BODY_BUDGET_BYTES) {
      answer(res, 503, busyAnswer(req.url ?? "/"), { "retry-after": String(RETRY_AFTER_SECONDS), connection: "close" });
      req.resume();
      return Promise.resolve(null);
    }
    let size = 0;
    // Given back when the answer is done or the connection closes, once.
    let held = true;
    const giveBack = () => {
      if (!held) return;
      held = false;
      this.bodyBytes -= size;
    };
    res.once("close", giveBack);
    return new Promise((resolve) => {
      const chunks = [];
      let done = false;
      const finish = (value) => {
        if (done) return;
        done = true;
        req.off("data", onData);
        resolve(value);
      };
      const onData = (chunk) => {
        size += chunk.length;
        this.bodyBytes += chunk.length;
        if (size > BODY_MAX_BYTES || this.bodyBytes > BODY_BUDGET_BYTES) {
          if (size > BODY_MAX_BYTES) answer(res, 413, tooLargeAnswer(req.url ?? "/", BODY_MAX_BYTES), { connection: "close" });
          else answer(res, 503, busyAnswer(req.url ?? "/"), { "retry-after": String(RETRY_AFTER_SECONDS), connection: "close" });
          req.resume();
          finish(null);
          return;
        }
        chunks.push(chunk);
      };
      req.on("data", onData);
      req.once("end", () => finish(new ReceivedRequest(req, chunks)));
      req.once("error", () => finish(null));
      res.once("close", () => finish(null));
    });
  }

  /**
   * Sets what the app may rely on about `req` and `res`; answers the request
   * itself (and returns false) when its address is not canonical (308) or has
   * no canonical form (400), when it carries a password in its query (400),
   * or when the client is over the API limit (429).
   */
  async admit(req, res) {
    const target = req.url ?? "/";
    const [rawPath, query] = splitTarget(target);
    const path = canonicalPath(rawPath);
    if (path === null) {
      answer(res, 400, badAddressAnswer(rawPath.startsWith("/") ? rawPath : "/"));
      return false;
    }
    if (passwordInQuery(query.slice(1))) {
      answer(res, 400, passwordInAddressAnswer(path));
      return false;
    }
    const client = clientOf(req, this.trust);
    req.headers[CLIENT_HEADER] = client;
    // What a client writes in forwarded headers is its own word: only a
    // trusted proxy's reaches the app (README, "Client addresses").
    if (!this.trust(req.socket.remoteAddress ?? "", 0)) for (const name of FORWARDED) delete req.headers[name];
    if (this.hsts) res.setHeader("strict-transport-security", HSTS);
    if (!(await this.#withinApiLimit(path, req, res, client))) return false;
    if (path !== rawPath) {
      answer(res, 308, { type: "text/plain; charset=utf-8", body: "" }, { location: path + query });
      return false;
    }
    return true;
  }

  async #withinApiLimit(path, req, res, client) {
    if (!this.apiLimit || !path.startsWith(API_PREFIX) || req.method === "OPTIONS") return true;
    try {
      await this.apiLimit.consume(client);
      return true;
    } catch (refusal) {
      if (refusal instanceof Error) throw refusal;
      const retryAfter = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      const message = `More than ${this.perMinute} API requests a minute from this client. Retry in ${retryAfter} s.`;
      answer(res, 429, { type: "application/json; charset=utf-8", body: JSON.stringify({ error: { code: "rate_limited", message, retryAfter } }) }, {
        "retry-after": String(retryAfter),
        "access-control-allow-origin": "*",
        "access-control-expose-headers": "Retry-After",
      });
      return false;
    }
  }
}

function hasBody(req) {
  return Number(req.headers["content-length"] ?? 0) > 0 || req.headers["transfer-encoding"] !== undefined;
}
