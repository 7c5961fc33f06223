// Serving public pages from the cache while the database is down (issue 10,
// part 4).
//
// Public pages are cached whole (lib/cache/pages.ts), but an App Router
// render of one that is not cached cannot answer 503 by itself: a failed read
// becomes the error page with status 500. So while the database is
// unreachable the proxy does not hand the request on directly: it asks this
// same server for the page, marked with a per-process secret header so that
// the proxy lets that request through. A cached page comes back as it is; a
// page that must be rendered fails at once, because cached reads that miss
// while the proxy's probe finds the database down do not wait on it
// (lib/cache/public-reads.ts). The proxy passes on any answer below 500 as it
// is (status, headers, body) and answers the localized 503 otherwise. The
// cost of the second request is paid only during an outage.
import { CACHE_ONLY_CODE } from "@/lib/db/errors";

export const CACHE_ONLY_HEADER = "x-registry-cache-only";

/**
 * A per-process secret that marks the proxy's own request, so a reader cannot
 * switch a page to cache-only mode. Kept in the environment because the proxy
 * and the pages are separate bundles in one process.
 */
export function cacheOnlyToken(): string {
  return (process.env.REGISTRY_CACHE_ONLY_TOKEN ??= crypto.randomUUID());
}

/** Is this the proxy's own request for a cached copy? */
export function isCacheOnly(h: { get(name: string): string | null }): boolean {
  return h.get(CACHE_ONLY_HEADER) === cacheOnlyToken();
}

/** Thrown by a cached read that is not in the cache, in cache-only mode. */
export class NotCachedError extends Error {
  readonly code = CACHE_ONLY_CODE;
  constructor() {
    super("not in the cache, and the database is unavailable");
  }
}

// Headers of the reader's request that describe the connection, not the request.
const HOP_BY_HOP = ["host", "connection", "keep-alive", "transfer-encoding", "upgrade", "content-length", "accept-encoding"];

/**
 * The page at `url` as the cache holds it, or null when it is not cached (or
 * this server cannot be reached: then too the caller answers 503).
 */
export async function cachedCopy(url: URL, requestHeaders: Headers): Promise<Response | null> {
  // Where `next start` listens, as it records it at start (next/dist/server/lib/start-server.js).
  const self = process.env.__NEXT_PRIVATE_ORIGIN ?? (process.env.PORT ? `http://127.0.0.1:${process.env.PORT}` : null);
  if (!self) return null;
  const headers = new Headers(requestHeaders);
  for (const name of HOP_BY_HOP) headers.delete(name);
  // Canonical and alternate links name the origin the reader used.
  headers.set("x-forwarded-host", requestHeaders.get("x-forwarded-host") ?? requestHeaders.get("host") ?? url.host);
  headers.set("x-forwarded-proto", requestHeaders.get("x-forwarded-proto") ?? url.protocol.replace(":", ""));
  headers.set(CACHE_ONLY_HEADER, cacheOnlyToken());
  try {
    const answer = await fetch(new URL(url.pathname + url.search, self), { headers, redirect: "manual", signal: AbortSignal.timeout(10_000) });
    if (answer.status >= 500) {
      await answer.body?.cancel();
      return null;
    }
    const out = new Headers(answer.headers);
    // fetch has already decoded the body; Next compresses the answer again.
    for (const name of ["content-length", "content-encoding", "transfer-encoding", "connection", "keep-alive"]) out.delete(name);
    // Instructions from the inner request's proxy (a list's query moved into
    // its path: x-middleware-rewrite) would be obeyed again on the way out.
    for (const name of [...out.keys()]) if (name.startsWith("x-middleware-")) out.delete(name);
    return new Response(answer.body, { status: answer.status, headers: out });
  } catch {
    return null;
  }
}
