import NextLink from "next/link";
import { useLocale } from "next-intl";
import type { ComponentProps } from "react";

type Href = string | { pathname: string; query?: Record<string, string> };

// Agreement pages are served by the Pages Router without any JavaScript (see
// pages/[locale]/agreements/[slug].tsx). The App Router cannot prefetch them:
// it would fetch and throw away each record's whole HTML page.
const PAGES_ROUTER_PATH = /^\/agreements\/[^/]+$/;

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
      prefetch={PAGES_ROUTER_PATH.test(path) ? false : prefetch}
      {...rest}
    />
  );
}
