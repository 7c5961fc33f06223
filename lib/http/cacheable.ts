import { createHash } from "node:crypto";
import { NextResponse } from "next/server";
import { SHARED_MARK } from "@/lib/server/shared-mark.mjs";

// Read endpoints may be called from any origin (open data); only GET.
export const CORS_HEADERS = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET, OPTIONS",
  "access-control-allow-headers": "If-None-Match",
  "access-control-expose-headers": "ETag, Content-Disposition",
} as const;

export function preflight() {
  return new NextResponse(null, { status: 204, headers: { ...CORS_HEADERS, "access-control-max-age": "86400" } });
}

/** A response body with its ETag, made once and kept in the cache (lib/cache/public-reads.ts) rather than hashed per request. */
export interface Body {
  text: string;
  etag: string;
}

export function bodyOf(text: string): Body {
  return { text, etag: `W/"${createHash("sha256").update(text).digest("base64url").slice(0, 27)}"` };
}

/** Whether the client already holds the answer tagged `etag` (If-None-Match). */
export function holds(request: Request, etag: string): boolean {
  const held = request.headers.get("if-none-match")?.split(",").map((t) => t.trim());
  return Boolean(held?.includes(etag) || held?.includes("*"));
}

/**
 * A cacheable response: an ETag from the body's hash, and 304 with no body
 * when the client already holds that version.
 */
export function cacheable(request: Request, content: string | Body, contentType: string, extra: Record<string, string> = {}) {
  const { text: body, etag } = typeof content === "string" ? bodyOf(content) : content;
  // The same for every reader: the front cache may keep it (lib/server/front-cache.mjs).
  const headers = { ...CORS_HEADERS, etag, "cache-control": "public, max-age=60, stale-while-revalidate=300", vary: "Accept-Encoding", [SHARED_MARK]: "1", ...extra };
  if (holds(request, etag)) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(body, { status: 200, headers: { "content-type": contentType, ...headers } });
}

export function cacheableJson(request: Request, value: unknown) {
  return cacheable(request, JSON.stringify(value), "application/json; charset=utf-8");
}
