import type { Metadata } from "next";

/**
 * The Atom feed's <link rel="alternate">. Next replaces a layout's
 * `alternates` with a page's rather than merging them, so every page that
 * sets its own alternates includes this too.
 */
export function feedAlternate(locale: string, title: string): NonNullable<Metadata["alternates"]>["types"] {
  return { "application/atom+xml": [{ url: `/${locale}/feed.xml`, title }] };
}
