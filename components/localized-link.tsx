import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";

type Href = string | { pathname: string; query?: Record<string, string> };

// A record's page is a plain link: it is served whole from the shared store
// and without Next's client runtime (lib/server/record-page.mjs), so a client
// navigation would only make Next render its RSC payload instead, and
// prefetching twenty on sight would multiply a list's requests by twenty.
// next/link is a client component: on a list page its twenty cards' links
// were ~15 ms of the server's render (a search page 66 → 53 ms).
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
  const target = `/${locale}${path === "/" ? "" : path}${query ? `?${query}` : ""}`;
  if (AGREEMENT_PAGE_PATH.test(path)) {
    // What callers give a link to a record (next/link's own props mean nothing to an <a>).
    return (
      <a href={target} className={rest.className} title={rest.title} aria-label={rest["aria-label"]}>
        {rest.children}
      </a>
    );
  }
  return <NextLink href={target} prefetch={prefetch} {...rest} />;
}
