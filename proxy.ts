import createMiddleware from "next-intl/middleware";
import { routing } from "./i18n/routing";

// Only routes: picks the locale (cookie, then Accept-Language) for paths
// without one. API routes and files are left alone.
export default createMiddleware(routing);

export const config = {
  matcher: "/((?!api|_next|_vercel|.*\\..*).*)",
};
