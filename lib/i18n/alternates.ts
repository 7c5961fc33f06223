import { locales, type Locale } from "@/i18n/locales";

/** Open Graph's locale codes (language_TERRITORY) for the page's language. */
export const ogLocales: Record<Locale, string> = { th: "th_TH", en: "en_GB", ja: "ja_JP" };

/** The same page in every language, for `<link rel="alternate" hreflang>` (path without the locale). */
export function languageAlternates(path: string): Record<Locale, string> {
  return Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])) as Record<Locale, string>;
}

/** Open Graph locale and its alternates for a page in `locale`. */
export function openGraphLocales(locale: Locale) {
  return { locale: ogLocales[locale], alternateLocale: locales.filter((l) => l !== locale).map((l) => ogLocales[l]) };
}
