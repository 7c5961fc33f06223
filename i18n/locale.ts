import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { setRequestLocale } from "next-intl/server";
import { routing, type Locale } from "./routing";

/**
 * Every page checks its own locale: pages render alongside the layout, so the
 * layout's check alone does not stop a page from running with "favicon.ico"
 * or a prefetch placeholder as its locale.
 */
export function resolvePageLocale(value: string): Locale {
  if (!hasLocale(routing.locales, value)) notFound();
  setRequestLocale(value);
  return value;
}
