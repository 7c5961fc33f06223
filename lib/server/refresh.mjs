// The header by which this process asks itself to render an answer again and
// store it (lib/cache/render-on-write.ts after a save): the front cache then
// neither serves it from memory nor from the store. A per-process secret
// (kept in the environment, which the server and Next's bundles share), so a
// reader cannot make the server render.
import { randomUUID } from "node:crypto";

export const REFRESH_HEADER = "x-registry-refresh";

export function refreshToken() {
  return (process.env.REGISTRY_REFRESH_TOKEN ??= randomUUID());
}

/** Is this request this process's own, asking for a fresh render? */
export function isRefresh(req) {
  const value = req.headers[REFRESH_HEADER];
  return typeof value === "string" && value === refreshToken();
}

// The header by which this process asks itself for a page only it may see
// (the not-found page it puts in Next's empty 404: lib/server/not-found-page.mjs),
// with the same secret. Such an answer is neither served from nor kept in
// any cache (lib/server/front-cache.mjs).
export const INTERNAL_HEADER = "x-registry-internal";

/** Is this request this process's own, for a page only it may see? */
export function isInternal(req) {
  const value = req.headers[INTERNAL_HEADER];
  return typeof value === "string" && value === refreshToken();
}

/** The same, from the headers Next gives a page (next/headers). */
export function isOwnRequest(headers) {
  return headers.get(INTERNAL_HEADER) === refreshToken();
}
