import { defaultLocale, locales, type Locale } from "@/i18n/locales";

/** The same address in each other language: same record, same filters. */
export function languageSwitchTargets(locale: string | undefined, pathname: string, query: string): Array<{ locale: Locale; href: string }> {
  const current = (locales as readonly string[]).includes(locale ?? "") ? locale : defaultLocale;
  const rest = pathname.replace(/^\/[^/]+/, "");
  return locales.filter((l) => l !== current).map((other) => ({ locale: other, href: `/${other}${rest}${query ? `?${query}` : ""}` }));
}

// A box with its own line height: an inline box is as tall as its font's
// ascent and descent, so 日本語 (set in a CJK font) stood taller than English.
export const languageSwitchClass = "inline-block rounded border border-brand px-2 py-1 leading-5 text-brand hover:bg-brand-soft";

/**
 * Each language's name in itself, and an invitation to read the page in it,
 * written in that language: a reader who cannot read the current page can
 * still find their own. Not translations, so not in the message files.
 */
export const languageNames: Record<Locale, { name: string; readIn: string }> = {
  th: { name: "ภาษาไทย", readIn: "อ่านหน้านี้เป็นภาษาไทย" },
  en: { name: "English", readIn: "Read this page in English" },
  ja: { name: "日本語", readIn: "このページを日本語で読む" },
};
