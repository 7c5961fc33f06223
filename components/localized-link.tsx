import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";

type Href = string | { pathname: string; query?: Record<string, string> };

// A list shows twenty agreements; prefetching each record's page on sight
// would multiply a list view's requests by twenty for pages few readers open.
const AGREEMENT_PAGE_PATH = /^\/agreements\/[^/]+$/;

/**
 * A link within the reader's language, rendered on the server. next-intl's own
 * Link is a client component that ships its i18n runtime (~10 kB gzipped) to
 * every page; public pages need only the locale prefix.
 */
export function Link({ href, prefetch, ...rest }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href }) {
  const locale = useLocale();
  const path = typeof href === "string" ? href : href.pathname;
  const query = typeof href === "string" ? "" : new URLSearchParams(href.query ?? {}).toString();
  return (
    <NextLink
      href={`/${locale}${path === "/" ? "" : path}${query ? `?${query}` : ""}`}
      prefetch={AGREEMENT_PAGE_PATH.test(path) ? false : prefetch}
      {...rest}
    />
  );
}
