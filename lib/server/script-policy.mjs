// The content security policy of every HTML page, with the scripts it allows
// named by hash (issue 12, part 1). Next's pages carry inline scripts (the
// RSC payload, self.__next_f.push(…)) that differ per page, and public pages
// are cached whole, so a per-request nonce cannot be used; instead this hashes
// the inline scripts of each HTML answer as it leaves the app and lists those
// hashes, and nothing else inline, in `script-src`. An inline script that is
// not part of the answer (injected into the page) is refused by the browser.
// The hashes are computed once per answer the app writes: the front cache
// (lib/server/front-cache.mjs) keeps the policy with the page it belongs to.
// Written here because CSP libraries (helmet, next-safe) set static policies
// and cannot hash what a page turns out to contain.
import { createHash } from "node:crypto";
import { gunzipSync, gzipSync } from "node:zlib";
import { isWithoutRuntime, validUntilOf, withoutClientRuntime } from "./record-page.mjs";
import { VALID_UNTIL_HEADER } from "./shared-mark.mjs";
import { forAddress, isEmptyErrorDocument, localeOf, notFoundPage } from "./not-found-page.mjs";
import { FRAMING_POLICY } from "./content-policy.mjs";
import { SECURITY_HEADERS } from "./security-headers.mjs";

const BASE = [
  "default-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  ...FRAMING_POLICY,
];

// An inline script element: <script> or <script …attributes…> without src.
const SCRIPT = /<script(\s[^>]*)?>([\s\S]*?)<\/script>/gi;
const DATA_TYPE = /\btype\s*=\s*["']?(application\/(?:ld\+)?json)/i;

/** The policy for a page whose HTML is `html`: scripts from this site, and its own inline scripts by SHA-256. */
export function policyFor(html) {
  const hashes = new Set();
  for (const match of html.matchAll(SCRIPT)) {
    const attributes = match[1] ?? "";
    if (/\bsrc\s*=/i.test(attributes) || DATA_TYPE.test(attributes)) continue;
    hashes.add(`'sha256-${createHash("sha256").update(match[2], "utf8").digest("base64")}'`);
  }
  return [`script-src 'self' ${[...hashes].join(" ")}`.trim(), ...BASE].join("; ");
}

/**
 * Lets `handle` answer, holding back an HTML answer until it is complete to
 * set its Content-Security-Policy; every other answer passes as written.
 * Every answer gets the security headers (lib/server/security-headers.mjs)
 * that its route did not set itself: a route's own header wins (issue 26,
 * part 9; Next's config headers would overwrite it). A route that sets its
 * own Content-Security-Policy (an archived copy's `sandbox`) keeps it as
 * written: no script hash is ever added to it (issue 26, part 1).
 */
export function withScriptPolicy(req, res, handle) {
  // Other code (Next's compression) may keep references to these methods
  // once replaced, so they stay replaced and pass through once decided.
  const { writeHead, write, end } = res;
  let mode = null; // null until the headers are known, then "pass" or "hold"
  let held = null;
  const chunks = [];
  res.writeHead = function (status, ...rest) {
    if (mode === "pass") return writeHead.call(this, status, ...rest);
    for (const arg of rest) if (arg && typeof arg === "object" && !Array.isArray(arg)) for (const [name, value] of Object.entries(arg)) if (value !== undefined) res.setHeader(name, value);
    // Called again while held (a streamed page: flushHeaders, then the first
    // write's implicit header): decided already. Deciding again would take
    // the framing policy set below for the route's own and pass the page
    // without its script policy.
    if (mode === "hold") {
      held = { status, message: rest.find((arg) => typeof arg === "string") ?? held.message };
      return this;
    }
    const ownPolicy = res.hasHeader("content-security-policy");
    for (const { key, value } of SECURITY_HEADERS) if (!res.hasHeader(key)) res.setHeader(key, value);
    const type = String(res.getHeader("content-type") ?? "");
    const encoding = String(res.getHeader("content-encoding") ?? "");
    const bodiless = status === 204 || status === 304 || req.method === "HEAD";
    if (ownPolicy || !type.startsWith("text/html") || bodiless || (encoding && encoding !== "gzip") || rest.some(Array.isArray)) {
      mode = "pass";
      return writeHead.call(this, status, ...rest.filter((arg) => typeof arg === "string" || Array.isArray(arg)));
    }
    mode = "hold";
    held = { status, message: rest.find((arg) => typeof arg === "string") };
    return this;
  };
  const add = (chunk, encoding) => {
    if (chunk == null || typeof chunk === "function") return;
    chunks.push(Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? encoding : "utf8") : Buffer.from(chunk));
  };
  res.write = function (chunk, encoding, callback) {
    if (mode === null) res.writeHead(res.statusCode);
    if (mode === "pass") return write.call(this, chunk, encoding, callback);
    add(chunk, encoding);
    const done = typeof encoding === "function" ? encoding : callback;
    if (typeof done === "function") process.nextTick(done);
    return true;
  };
  res.end = function (chunk, encoding, callback) {
    if (mode === null) res.writeHead(res.statusCode);
    if (mode === "pass") return end.call(this, chunk, encoding, callback);
    add(chunk, encoding);
    let body = Buffer.concat(chunks);
    const gzipped = res.getHeader("content-encoding") === "gzip";
    let html = (gzipped ? gunzipSync(body) : body).toString("utf8");
    const done = [chunk, encoding, callback].find((arg) => typeof arg === "function");
    const send = () => {
      res.setHeader("content-security-policy", policyFor(html));
      res.setHeader("content-length", body.length);
      res.removeHeader("transfer-encoding");
      mode = "pass";
      writeHead.call(res, held.status, ...(held.message ? [held.message] : []));
      return end.call(res, body, done);
    };
    // A record's page and the timeline leave without Next's client runtime (lib/server/record-page.mjs).
    if (held.status === 200 && isWithoutRuntime(req.url)) {
      html = withoutClientRuntime(html);
      // How long the page stays true, for the shared store (lib/server/answer-store.mjs).
      const validUntil = validUntilOf(html);
      if (validUntil) res.setHeader(VALID_UNTIL_HEADER, validUntil);
      body = gzipped ? gzipSync(html) : Buffer.from(html, "utf8");
    }
    // Next's empty 404 document gets the notice the app draws (lib/server/not-found-page.mjs).
    const locale = held.status === 404 && isEmptyErrorDocument(html) ? localeOf(req.url) : null;
    if (!locale) return send();
    notFoundPage(locale).then((page) => {
      if (page) {
        html = forAddress(page, req.url);
        body = gzipped ? gzipSync(html) : Buffer.from(html, "utf8");
      }
      send();
    });
    return true;
  };
  return handle(req, res);
}
