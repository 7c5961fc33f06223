"use client";

import NextLink from "next/link";
import { useParams, usePathname, useSearchParams } from "next/navigation";
import { languageSwitchClass, languageSwitchTarget } from "@/lib/i18n/language-switch";

// Client-side because App Router pages keep the header across navigations, so
// the current path and query are known only in the browser: switching language
// keeps the reader on the same record with the same filters. Built on
// next/navigation alone so that no i18n runtime is shipped to the browser.
export function LanguageSwitch({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const params = useParams<{ locale: string }>();
  const target = languageSwitchTarget(params?.locale, usePathname() ?? "/", useSearchParams()?.toString() ?? "");
  return (
    <NextLink href={target.href} hrefLang={target.locale} lang={target.locale} aria-label={ariaLabel} className={languageSwitchClass} data-testid="language-switch">
      {label}
    </NextLink>
  );
}
