import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

// Thai first: it is the default.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
  // No Link header of alternates: next-intl builds it from the request's
  // Host, and public answers name only the configured origin (each page's
  // head has its hreflang alternates, from lib/http/origin.ts's siteOrigin).
  alternateLinks: false,
});

export type { Locale } from "./locales";
