// Public pages are cached whole (HTML and RSC payload) in Next's own cache,
// by the same handler, with the same tags and the same end of day as the data
// they show (lib/cache/public-reads.ts: Next adds each cached read's tags to
// the page that used it, and takes its shortest lifetime as the page's).
// Nothing is rendered at build time, when there may be no database: a page
// is rendered on its first request, then served from the cache until a write
// expires one of its tags (lib/cache/invalidate.ts) or the day ends.
//
// A page stays cacheable only if it reads nothing from the request: no
// headers(), cookies() or searchParams. Lists take their query through a
// path segment instead (proxy.ts rewrites it there).

import { locales } from "@/i18n/locales";

/** generateStaticParams for a cached page: no page at build time, every page on demand (Next's documented way to ISR). */
export function renderOnDemand(): Array<Record<string, string>> {
  return [];
}

/** Staff pages (and sign-in): rendered per request for the signed-in reader, never cached. */
export { STAFF_PAGE } from "@/lib/server/staff-page.mjs";

/** A query as Next gives a page its searchParams. */
export type QueryParams = Record<string, string | string[] | undefined>;

/** The path segment before a list's query: no slug, key or page name can be "~". */
export const QUERY_SEGMENT = "~";

// Public lists whose query string chooses what they show.
const LIST_PAGE = new RegExp(`^/(${locales.join("|")})/(agreements|timeline|expiring|organizations/[^/]+|scope-areas/[^/]+)$`);
// Next's own parameter on client navigations (it marks the payload, not the page).
const NEXT_PARAMS = new Set(["_rsc"]);

/**
 * Where the proxy sends a list with a query string: the same page with the
 * query, in a stable order, as one path segment ("/en/agreements?page=2" →
 * "/en/agreements/~/page%3D2"), or null when nothing needs rewriting.
 */
export function listPagePath(url: URL): string | null {
  if (!LIST_PAGE.test(url.pathname)) return null;
  const query = new URLSearchParams([...url.searchParams].filter(([key, value]) => !NEXT_PARAMS.has(key) && value !== ""));
  if (query.size === 0) return null;
  query.sort();
  return `${url.pathname}/${QUERY_SEGMENT}/${encodeURIComponent(query.toString())}`;
}

/** The query string the proxy put in the path ("" for none). */
export function queryStringOf(segment: string | undefined): string {
  if (!segment) return "";
  // Next may hand the segment over decoded or not; a query string always has "=".
  return segment.includes("=") ? segment : decodeURIComponent(segment);
}

/** The address a page with its query in the path was asked for: "/en/agreements/~/page%3D2" → "/en/agreements". */
export function pathWithoutQuery(pathname: string): string {
  return pathname.replace(new RegExp(`/${QUERY_SEGMENT}/[^/]*$`), "");
}

/** The query the proxy put in the path, as Next's searchParams would give it; {} for the page without one. */
export function queryOf(segment: string | undefined): QueryParams {
  const out: QueryParams = {};
  for (const [key, value] of new URLSearchParams(queryStringOf(segment))) {
    const held = out[key];
    out[key] = held === undefined ? value : [...[held].flat(), value];
  }
  return out;
}
