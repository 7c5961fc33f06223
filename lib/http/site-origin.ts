type HeaderReader = { get(name: string): string | null };

/**
 * The site's origin as a request reached it (SITE_URL wins when set). Kept
 * apart from origin.ts, which reads next/headers: the Pages Router cannot
 * import that.
 */
export function originFromHeaders(h: HeaderReader, fallback = "http://localhost:3000"): string {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, "");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return fallback;
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}
