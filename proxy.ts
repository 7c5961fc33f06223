import createMiddleware from "next-intl/middleware";
import { type NextRequest, NextResponse } from "next/server";
import { routing, type Locale } from "./i18n/routing";
import { isDatabaseReachable } from "./lib/db/health";
import { unavailablePage } from "./lib/http/unavailable-page";

const intl = createMiddleware(routing);

// Routes pages to a locale (cookie, then Accept-Language). While the database
// cannot be reached, answers pages with a localized 503 instead of letting
// every render fail; API routes answer their own 503 in JSON.
export default async function proxy(request: NextRequest) {
  const response = intl(request);
  if (response.headers.get("location")) return response;
  if (!(await isDatabaseReachable())) {
    const segment = request.nextUrl.pathname.split("/")[1];
    const locale: Locale = routing.locales.includes(segment as Locale) ? (segment as Locale) : routing.defaultLocale;
    return new NextResponse(unavailablePage(locale, request.nextUrl.pathname + request.nextUrl.search), {
      status: 503,
      headers: { "content-type": "text/html; charset=utf-8", "retry-after": "30", "cache-control": "no-store" },
    });
  }
  return response;
}

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
