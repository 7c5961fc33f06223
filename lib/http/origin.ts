import { headers } from "next/headers";

type HeaderReader = { get(name: string): string | null };

/** The site's origin as a request reached it (SITE_URL wins when set). */
export function originFromHeaders(h: HeaderReader, fallback = "http://localhost:3000"): string {
  if (process.env.SITE_URL) return process.env.SITE_URL.replace(/\/$/, "");
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (!host) return fallback;
  return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
}

/**
 * The site's origin as the request reached it (SITE_URL wins when set).
 * Route handlers pass their request; App Router pages and metadata read Next's
 * headers().
 */
export async function requestOrigin(request?: Request): Promise<string> {
  if (!request) return originFromHeaders(await headers());
  return originFromHeaders(request.headers, new URL(request.url).origin);
}

/**
 * The site's public origin where no request is at hand, or where the answer
 * is cached for every reader (public pages are cached whole, so they cannot
 * echo each request's Host): SITE_URL, else BETTER_AUTH_URL, else the address
 * `next start` listens on. Deployments behind a proxy set SITE_URL (README).
 */
export function siteOrigin(): string {
  return (process.env.SITE_URL ?? process.env.BETTER_AUTH_URL ?? process.env.__NEXT_PRIVATE_ORIGIN ?? "http://localhost:3000").replace(/\/$/, "");
}

/**
 * The origins a staff write may come from: the configured public addresses
 * (SITE_URL, BETTER_AUTH_URL) when there are any — never the Host or
 * X-Forwarded-Host of the request, which a client or a careless proxy
 * controls. Only an unconfigured server (a local start, served under
 * whatever name it is reached at) trusts the address it was reached at.
 */
export function trustedWriteOrigins(request: Request): string[] {
  const configured = configuredOrigins();
  if (configured.length) return configured;
  // The Host header as the browser sent it (a browser cannot set it for
  // another site); Next's request.url may name the host differently.
  const url = new URL(request.url);
  const host = request.headers.get("host");
  return host ? [`${url.protocol}//${host}`, url.origin] : [url.origin];
}

/** The public addresses the deployment names (SITE_URL, BETTER_AUTH_URL), as origins. */
export function configuredOrigins(): string[] {
  return [process.env.SITE_URL, process.env.BETTER_AUTH_URL].filter((u): u is string => !!u).map((u) => new URL(u).origin);
}

/**
 * Browsers send Origin with every POST/PUT; a request whose Origin is another
 * site's (or that hides it) is refused, so no other site can make a signed-in
 * editor's browser write. Server actions get the same check from Next.js.
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  return trustedWriteOrigins(request).includes(origin);
}

