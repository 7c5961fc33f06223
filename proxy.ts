import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing, type Locale } from "./i18n/routing";
import { isDatabaseReachable } from "./lib/db/health";
import { cachedCopy, isCacheOnly } from "./lib/http/outage";
import { unavailablePage } from "./lib/http/unavailable-page";

const intl = createMiddleware(routing);

// Staff pages are never cached: during an outage they answer 503 at once.
const STAFF_PAGE = /^\/[^/]+\/(editor|sign-in)(\/|$)/;

// Routes pages to a locale (cookie, then Accept-Language). While the database
// cannot be reached, a public page that is in the cache is still served
// (lib/http/outage.ts); the others answer a localized 503 instead of letting
// every render fail. API routes answer from the cache or their own 503 in JSON.
export default async function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.get("location")) return response;
  // This server asking itself for a cached copy (below): render it.
  if (isCacheOnly(request.headers)) return response;
  if (!(await isDatabaseReachable())) {
    const { pathname, search } = request.nextUrl;
    if (!STAFF_PAGE.test(pathname)) {
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
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
