// Search pages answered by the page composer (lib/search/compose-page.ts)
// instead of Next's render: scripts/serve.mjs hands a search here once the
// request has its place in the app, and falls back to Next when this
// declines. The composer is compiled into Next's server bundle (it reads the
// database and the messages as the pages do); instrumentation.ts registers it
// under COMPOSER when the app starts.
//
// The answer is the one Next would give a public page (proxy.ts): shared
// (the front cache may keep it for its second), revalidated by browsers,
// with the security headers and the script policy for its inline scripts.
import zlib from "node:zlib";
import { promisify } from "node:util";
import { splitTarget } from "./canonical-path.mjs";
import { acceptsGzip, asksForPartOfPage } from "./front-cache.mjs";
import { policyFor } from "./script-policy.mjs";
import { SECURITY_HEADERS } from "./security-headers.mjs";
import { PUBLIC_PAGE_CACHE_CONTROL, SHARED_MARK } from "./shared-mark.mjs";

const gzip = promisify(zlib.gzip);
export const COMPOSER = Symbol.for("registry.searchComposer");
/** Said on a composed answer (tests and benchmarks tell it from Next's render). */
export const COMPOSED_HEADER = "x-registry-composed";
/** The agreements list, as a page or through the API: asked with a query (`q`), a search. */
const SEARCHABLE = /^\/(?:th|en|ja|api\/v1)\/agreements$/;

/** Whether `url` (path and query) asks the agreements list, page or API, for a search: a `q` that is not blank. */
export function asksForSearch(url) {
  const [path, query] = splitTarget(url);
  return SEARCHABLE.test(path) && Boolean(new URLSearchParams(query).get("q")?.trim());
}

/** Whether `req` asks for a search page the composer may answer (a whole document, not Next's RSC payload). */
export function isSearchPage(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "";
  return !url.startsWith("/api/") && asksForSearch(url) && !asksForPartOfPage(req);
}

/**
 * Answers `req` with the composed page; false (nothing written) when the
 * composer declines or fails. True, with nothing written, when the client
 * has left: Next is not asked to render a page for no one (~45 ms of the
 * server's thread a search, taken from the readers still waiting).
 */
export async function serveComposed(req, res) {
  const compose = globalThis[COMPOSER];
  if (typeof compose !== "function") return false;
  let html;
  try {
    html = await compose(req.url);
  } catch (error) {
    if (res.destroyed) return true;
    // Next renders it instead, and says what is wrong (an outage: its 503 page).
    console.error(`search page not composed (${error?.message ?? error}); rendered instead`);
    return false;
  }
  if (res.destroyed) return true;
  if (html === null) return false;
  const zipped = acceptsGzip(req.headers["accept-encoding"]);
  const body = zipped ? await gzip(html) : Buffer.from(html, "utf8");
  if (res.headersSent || res.destroyed) return true;
  for (const { key, value } of SECURITY_HEADERS) res.setHeader(key, value);
  res.setHeader("content-security-policy", policyFor(html));
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("cache-control", PUBLIC_PAGE_CACHE_CONTROL);
  res.setHeader("vary", "Accept-Encoding");
  if (zipped) res.setHeader("content-encoding", "gzip");
  res.setHeader("content-length", body.length);
  res.setHeader(COMPOSED_HEADER, "1");
  res.setHeader(SHARED_MARK, "1");
  res.statusCode = 200;
  res.end(req.method === "HEAD" ? undefined : body);
  return true;
}
