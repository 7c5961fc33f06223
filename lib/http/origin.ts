/**
 * The site's public origin, which every absolute URL in a public answer
 * names (pages' canonical and hreflang links, feeds, sitemap, robots.txt,
 * calendars, CSV links): SITE_URL, else BETTER_AUTH_URL, else the address
 * `next start` listens on (http://localhost:PORT). Never a request header: a
 * Host or X-Forwarded-Host is whatever the client (or a careless proxy)
 * wrote, and these answers are cached and shared, so one forged header would
 * put another site's address, or a javascript: link, in every reader's copy
 * (issue 24, part 7). Deployments behind a proxy set SITE_URL (README).
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

