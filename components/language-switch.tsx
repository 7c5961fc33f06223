"use client";

import NextLink from "next/link";
import { useParams, usePathname, useSearchParams } from "next/navigation";
import { defaultLocale, locales, type Locale } from "@/i18n/locales";

// Client-side because it needs the current path and query: switching language
// keeps the reader on the same record with the same filters. Built on
// next/navigation alone so that no i18n runtime is shipped to the browser.
export function LanguageSwitch({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const { locale } = useParams<{ locale: Locale }>();
  const pathname = usePathname();
  const query = useSearchParams().toString();
  const other = locales.find((l) => l !== locale) ?? defaultLocale;
  const rest = pathname.replace(/^\/[^/]+/, "");
  const href = `/${other}${rest}${query ? `?${query}` : ""}`;
  return (
    <NextLink href={href} hrefLang={other} lang={other} aria-label={ariaLabel} className="rounded border border-brand px-2 py-1 text-brand hover:bg-brand-soft" data-testid="language-switch">
      {label}
    </NextLink>
  );
}
