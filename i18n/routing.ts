import { defineRouting } from "next-intl/routing";

// The one place the locales are listed. Thai first: it is the default.
export const routing = defineRouting({
  locales: ["th", "en"],
  defaultLocale: "th",
  localePrefix: "always",
});

export type Locale = (typeof routing.locales)[number];
