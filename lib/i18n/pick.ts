import type { Locale } from "@/i18n/routing";

/** A text in the registry's languages; Japanese is optional (the model's `…Ja` fields). */
export interface Bilingual {
  th: string | null;
  en: string | null;
  ja?: string | null;
}

/**
 * Which language's text stands in when the page's own is missing: Thai and
 * English stand in for each other; a Japanese page shows English first (its
 * readers are more likely to read English than Thai), then Thai.
 */
const fallbackOrder: Record<Locale, Locale[]> = { th: ["en"], en: ["th"], ja: ["en", "th"] };

/**
 * The text in the page's language, or another language's text marked with
 * its own `lang` when the page's is missing.
 */
export function pick(value: Bilingual | null | undefined, locale: Locale): { text: string; lang: Locale; fallback: boolean } | null {
  if (!value) return null;
  const own = value[locale];
  if (own) return { text: own, lang: locale, fallback: false };
  for (const other of fallbackOrder[locale]) {
    const text = value[other];
    if (text) return { text, lang: other, fallback: true };
  }
  return null;
}

/** A name or label in the page's language, else the first that stands in, as plain text (names need no "translation" label). */
export function nameIn(value: { th: string; en: string; ja?: string | null }, locale: Locale): string {
  return pick(value, locale)?.text ?? value.en;
}

/**
 * A name or label in the page's language for markup: the text, and the `lang`
 * of the language standing in when the page's own is missing (undefined when
 * it is the page's own), so screen readers and fonts switch for it.
 */
export function labelIn(value: { th: string; en: string; ja?: string | null }, locale: Locale): { text: string; lang?: Locale } {
  const chosen = pick(value, locale);
  if (!chosen) return { text: value.en };
  return { text: chosen.text, lang: chosen.fallback ? chosen.lang : undefined };
}

/**
 * The name to show under a heading, in a second language: Thai pages show
 * the English name, English pages the Thai; Japanese pages the English name
 * under a Japanese one, or the Thai under an English one standing in.
 */
export function secondName(value: { th: string; en: string; ja?: string | null }, locale: Locale): { text: string; lang: Locale } {
  if (locale === "th") return { text: value.en, lang: "en" };
  if (locale === "ja" && value.ja) return { text: value.en, lang: "en" };
  return { text: value.th, lang: "th" };
}

/**
 * The language of a stored text whose language the data does not record
 * (a quoted passage, an internal note, a value in a revision), told from its
 * script: the registry's three languages have disjoint scripts, so Thai
 * letters mean Thai, kana or kanji mean Japanese, anything else English.
 * Used only to set `lang` for screen readers and fonts.
 */
export function languageOfText(text: string): Locale {
  if (/\p{Script=Thai}/u.test(text)) return "th";
  if (/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(text)) return "ja";
  return "en";
}
