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
