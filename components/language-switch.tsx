"use client";

import NextLink from "next/link";
import { useParams, usePathname, useSearchParams } from "next/navigation";
import { pathWithoutQuery, queryStringOf, STAFF_PAGE } from "@/lib/cache/pages";
import { languageNames, languageSwitchClass, languageSwitchTargets } from "@/lib/i18n/language-switch";

// Client-side because App Router pages keep the header across navigations, so
// the current path and query are known only in the browser: switching language
// keeps the reader on the same record with the same filters. Built on
// next/navigation alone so that no i18n runtime is shipped to the browser.
// The query comes from the route's params, not useSearchParams(): public
// pages are rendered once and cached (lib/cache/pages.ts), and a list's query
// is a path segment there, so the switch is in the HTML even without JavaScript.
// One link per other language, each named in its own language.
type Props = { label: string };

export function LanguageSwitch(props: Props) {
  const params = useParams<{ locale: string; query?: string }>();
  const pathname = usePathname() ?? "/";
  // Staff pages are rendered per request, and their queries are real query strings.
  if (STAFF_PAGE.test(pathname)) return <StaffLanguageSwitch {...props} locale={params?.locale} pathname={pathname} />;
  return <SwitchLinks {...props} targets={languageSwitchTargets(params?.locale, pathWithoutQuery(pathname), queryStringOf(params?.query))} />;
}

function StaffLanguageSwitch({ locale, pathname, ...props }: Props & { locale: string | undefined; pathname: string }) {
  return <SwitchLinks {...props} targets={languageSwitchTargets(locale, pathname, useSearchParams()?.toString() ?? "")} />;
}

function SwitchLinks({ label, targets }: Props & { targets: ReturnType<typeof languageSwitchTargets> }) {
  return (
    <ul aria-label={label} className="flex gap-1" data-testid="language-switch">
      {targets.map((target) => (
        <li key={target.locale}>
          <NextLink
            href={target.href}
            hrefLang={target.locale}
            lang={target.locale}
            aria-label={languageNames[target.locale].readIn}
            className={languageSwitchClass}
            data-testid={`language-switch-${target.locale}`}
            // The page script remembers the choice (lib/browser/page-script.ts): the agreement page has no React to run an onClick.
            data-remember-locale={target.locale}
          >
            {languageNames[target.locale].name}
          </NextLink>
        </li>
      ))}
    </ul>
  );
}
