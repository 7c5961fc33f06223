import { defaultLocale, locales, type Locale } from "@/i18n/locales";

/** The same address in the other language: same record, same filters. */
export function languageSwitchTarget(locale: string | undefined, pathname: string, query: string): { locale: Locale; href: string } {
  const other = locales.find((l) => l !== locale) ?? defaultLocale;
  const rest = pathname.replace(/^\/[^/]+/, "");
  return { locale: other, href: `/${other}${rest}${query ? `?${query}` : ""}` };
}

export const languageSwitchClass = "rounded border border-brand px-2 py-1 text-brand hover:bg-brand-soft";
