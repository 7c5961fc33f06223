import { createHash } from "node:crypto";
import { NextResponse } from "next/server";

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

/**
 * A cacheable response: an ETag from the body's hash, and 304 with no body
 * when the client already holds that version.
 */
export function cacheable(request: Request, body: string, contentType: string, extra: Record<string, string> = {}) {
  const etag = `W/"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
  const headers = { ...CORS_HEADERS, etag, "cache-control": "public, max-age=60, stale-while-revalidate=300", vary: "Accept-Encoding", ...extra };
  const held = request.headers.get("if-none-match")?.split(",").map((t) => t.trim());
  if (held?.includes(etag) || held?.includes("*")) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(body, { status: 200, headers: { "content-type": contentType, ...headers } });
}

export function cacheableJson(request: Request, value: unknown) {
  return cacheable(request, JSON.stringify(value), "application/json; charset=utf-8");
}
