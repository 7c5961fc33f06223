import { headers } from "next/headers";

/**
 * The site's origin as the request reached it (SITE_URL wins when set).
 * Route handlers pass their request; pages and metadata read Next's headers().
 */
export async function requestOrigin(request?: Request): Promise<string> {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, "");
  const h = request ? request.headers : await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return request ? new URL(request.url).origin : "http://localhost:3000";
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}
