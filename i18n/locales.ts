// The locales as plain data, importable from client components without
// pulling next-intl into the browser. i18n/routing.ts builds on this.
export const locales = ["th", "en", "ja"] as const;
export type Locale = (typeof locales)[number];
export const isLocale = (value: unknown): value is Locale => (locales as readonly unknown[]).includes(value);
export const defaultLocale: Locale = "th";
/** Dates and "today" are Thailand's, whichever language the page is in. */
export const timeZone = "Asia/Bangkok";
