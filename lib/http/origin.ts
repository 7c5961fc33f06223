import { headers } from "next/headers";
import { originFromHeaders } from "./site-origin";

/**
 * The site's origin as the request reached it (SITE_URL wins when set).
 * Route handlers pass their request; App Router pages and metadata read Next's
 * headers().
 */
export async function requestOrigin(request?: Request): Promise<string> {
  if (!request) return originFromHeaders(await headers());
  return originFromHeaders(request.headers, new URL(request.url).origin);
}
