import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing, type Locale } from "./i18n/routing";
import { listPagePath, STAFF_PAGE } from "./lib/cache/pages";
import { isDatabaseReachable } from "./lib/db/health";
import { cachedCopy, isCacheOnly } from "./lib/http/outage";
import { unavailablePage } from "./lib/http/unavailable-page";
import { canonicalPath } from "./lib/server/canonical-path.mjs";
import { PUBLIC_PAGE_CACHE_CONTROL, SHARED_MARK } from "./lib/server/shared-mark.mjs";

const intl = createMiddleware(routing);


// Routes pages to a locale (cookie, then Accept-Language). While the database
// cannot be reached, a public page that is in the cache is still served
// (lib/http/outage.ts); the others answer a localized 503 instead of letting
// every render fail. API routes answer from the cache or their own 503 in JSON.
export default async function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.get("location")) return response;
  const { pathname, search } = request.nextUrl;
  // The front door hands over canonical paths only (lib/server/canonical-path.mjs);
  // decided on the decoded path all the same, as the router matches it, for a
  // server without the front door (`next dev`).
  if (STAFF_PAGE.test(canonicalPath(pathname) ?? pathname)) {
    // Staff pages are never cached: during an outage they answer 503 at once.
    if (await isDatabaseReachable()) return response;
  } else {
    // This server asking itself for a cached copy (below): serve it.
    if (isCacheOnly(request.headers) || (await isDatabaseReachable())) return publicPage(request, response);
    const copy = await cachedCopy(request.nextUrl, request.headers);
    if (copy) return copy;
  }
  const segment = pathname.split("/")[1];
  const locale: Locale = routing.locales.includes(segment as Locale) ? (segment as Locale) : routing.defaultLocale;
  return new NextResponse(unavailablePage(locale, pathname + search), {
    status: 503,
    headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
  });
}

/** A public page: a list's query moved into its path, so that it is cached like the rest. */
function publicPage(request: NextRequest, response: NextResponse): NextResponse {
  const path = listPagePath(request.nextUrl);
  let out = response;
  if (path) {
    const target = new URL(path, request.url);
    if (request.nextUrl.searchParams.has("_rsc")) target.searchParams.set("_rsc", request.nextUrl.searchParams.get("_rsc")!);
    out = NextResponse.rewrite(target);
    // What the locale routing added (request headers for the page) goes along.
    response.headers.forEach((value, name) => {
      if (name !== "x-middleware-next" && name !== "set-cookie") out.headers.set(name, value);
    });
  }
  // No cookie on an answer every reader may be given: next-intl's locale
  // cookie depends on this reader's own cookie and Accept-Language. The
  // language switch sets it in the browser instead (components/language-switch.tsx).
  out.headers.delete("set-cookie");
  out.headers.set("cache-control", PUBLIC_PAGE_CACHE_CONTROL);
  // The same for every reader: the front cache may keep it (lib/server/front-cache.mjs).
  out.headers.set(SHARED_MARK, "1");
  return out;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
