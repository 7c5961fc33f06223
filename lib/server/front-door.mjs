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
// - Admission (lib/server/admission.mjs): at most OVERLOAD_PUBLIC_CONCURRENCY
//   (default 16) public requests at work in the app, 128 more waiting up to
//   3 s; past that, 503 with Retry-After. Staff pages, sign-in and every write
//   have their own 8 places (64 waiting, up to 10 s), so a burst of readers
//   cannot keep editors out. Static files and answers from the front cache
//   need no place.
// - HSTS when the configured public address (SITE_URL or BETTER_AUTH_URL) is
//   https: browsers heed the header only over HTTPS, and a server whose public
//   address is https is reached over HTTPS, whatever the proxy speaks to it.
import proxyaddr from "proxy-addr";
import { RateLimiterMemory } from "rate-limiter-flexible";
import { CLIENT_HEADER } from "./client-header.mjs";
import { STAFF_PAGE } from "./staff-page.mjs";
import { Admission } from "./admission.mjs";
import { badAddressAnswer, busyAnswer, RETRY_AFTER_SECONDS } from "./plain-answers.mjs";

export { CLIENT_HEADER };
export const HSTS = "max-age=63072000; includeSubDomains";
const API_PREFIX = "/api/v1/";
const STAFF_API = /^\/api\/(?:editor|auth)\//;

/** Which lane a request waits in: "staff", "public", or null (static files: no limit). */
export function laneOf(req) {
  const url = req.url ?? "/";
  if (url.startsWith("/_next/static/") || url === "/favicon.ico") return null;
  if (req.method !== "GET" && req.method !== "HEAD") return "staff";
  const path = url.split("?")[0];
  return STAFF_PAGE.test(path) || STAFF_API.test(path) ? "staff" : "public";
}

/**
 * Whether the address's path decodes (every percent-escape is valid UTF-8),
 * twice: Next decodes a route parameter again, so "/th/%25" (an escaped "%")
 * fails there too. No address of the registry has a "%" in its path.
 */
export function decodable(url) {
  try {
    decodeURIComponent(decodeURIComponent(url.split("?")[0]));
    return true;
  } catch {
    return false;
  }
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

/** An answer the front door gives itself (never kept by any cache). */
function answer(res, status, { type, body }, headers = {}) {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store", "x-content-type-options": "nosniff", ...headers });
  res.end(body);
}

export class FrontDoor {
  constructor(env = process.env) {
    this.trust = trustedProxies(env.TRUSTED_PROXIES);
    this.hsts = configuredHttps(env);
    const perMinute = Number(env.API_RATE_LIMIT ?? 600);
    this.apiLimit = perMinute > 0 ? new RateLimiterMemory({ points: perMinute, duration: 60 }) : null;
    this.perMinute = perMinute;
    this.lanes = {
      public: new Admission({ limit: Number(env.OVERLOAD_PUBLIC_CONCURRENCY ?? 16), queue: 128, waitMs: Number(env.OVERLOAD_WAIT_MS ?? 3000) }),
      staff: new Admission({ limit: 8, queue: 64, waitMs: 10_000 }),
    };
  }

  /**
   * Waits for the request's place in its lane; answers 503 with Retry-After
   * itself (and returns false) when there is none in time. The place is
   * given back when the answer is done or the connection closes.
   */
  async enterApp(req, res) {
    const lane = this.lanes[laneOf(req)];
    if (!lane) return true;
    if (!(await lane.enter())) {
      answer(res, 503, busyAnswer(req.url ?? "/"), { "retry-after": String(RETRY_AFTER_SECONDS) });
      return false;
    }
    res.once("close", () => lane.release());
    return true;
  }

  /**
   * Sets what the app may rely on about `req` and `res`; answers the request
   * itself (and returns false) when the client is over the API limit.
   */
  async admit(req, res) {
    // Next answers 500 to a path with a broken percent-escape ("/th/%E0%B8"):
    // the reader's mistake, so a 400 saying so.
    if (!decodable(req.url ?? "/")) {
      answer(res, 400, badAddressAnswer(req.url ?? "/"));
      return false;
    }
    const client = clientOf(req, this.trust);
    req.headers[CLIENT_HEADER] = client;
    if (this.hsts) res.setHeader("strict-transport-security", HSTS);
    if (!this.apiLimit || !(req.url ?? "").startsWith(API_PREFIX) || req.method === "OPTIONS") return true;
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
