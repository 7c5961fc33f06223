"use client";

import { useLocale } from "next-intl";
import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/i18n/navigation";
import { routing } from "@/i18n/routing";

// Client-side only because it needs the current path and query: switching
// language keeps the reader on the same record with the same filters.
export function LanguageSwitch({ label, ariaLabel }: { label: string; ariaLabel: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const other = routing.locales.find((l) => l !== locale) ?? routing.defaultLocale;
  const query = Object.fromEntries(searchParams.entries());
  return (
    <Link
      href={{ pathname, query }}
      locale={other}
      hrefLang={other}
      lang={other}
      aria-label={ariaLabel}
      className="rounded border border-brand px-2 py-1 text-brand hover:bg-brand-soft"
      data-testid="language-switch"
    >
      {label}
    </Link>
  );
}
