import type { Locale } from "@/i18n/routing";

export interface Bilingual {
  th: string | null;
  en: string | null;
}

/**
 * The text in the page's language, or the other language's text marked with
 * its own `lang` when the page's is missing.
 */
export function pick(value: Bilingual | null | undefined, locale: Locale): { text: string; lang: Locale; fallback: boolean } | null {
  if (!value) return null;
  const own = value[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  const otherLocale: Locale = locale === "th" ? "en" : "th";
  const other = value[otherLocale];
  return other ? { text: other, lang: otherLocale, fallback: true } : null;
}
