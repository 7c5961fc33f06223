import { defineRouting } from "next-intl/routing";
import { defaultLocale, locales } from "./locales";

// Thai first: it is the default.
export const routing = defineRouting({
  locales,
  defaultLocale,
  localePrefix: "always",
});

export type { Locale } from "./locales";
