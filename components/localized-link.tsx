import NextLink from "next/link";
import { getLocale } from "next-intl/server";
import type { ComponentProps } from "react";

type Href = string | { pathname: string; query?: Record<string, string> };

/**
 * A link within the reader's language, rendered on the server. next-intl's own
 * Link is a client component that ships its i18n runtime (~10 kB gzipped) to
 * every page; public pages need only the locale prefix.
 */
export async function Link({ href, ...rest }: Omit<ComponentProps<typeof NextLink>, "href"> & { href: Href }) {
  const locale = await getLocale();
  const path = typeof href === "string" ? href : href.pathname;
  const query = typeof href === "string" ? "" : new URLSearchParams(href.query ?? {}).toString();
  return <NextLink href={`/${locale}${path === "/" ? "" : path}${query ? `?${query}` : ""}`} {...rest} />;
}
