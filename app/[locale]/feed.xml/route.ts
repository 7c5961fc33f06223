import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { cacheable } from "@/lib/http/cacheable";
import { jsonError, withDatabase } from "@/lib/http/errors";
import { cacheDay } from "@/lib/cache/day";
import { publicFeed } from "@/lib/cache/public-reads";
import { siteOrigin } from "@/lib/http/origin";

// Readers poll feeds; the latest entries are what they need, at any size.
const FEED_ENTRIES = 50;

export const dynamic = "force-dynamic";

/** Atom feed of the latest 50 published agreements, most recently published or updated first (lib/feed/atom.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return jsonError(404, "not_found", "No such feed.");
  return withDatabase(async () => cacheable(request, await publicFeed(locale, siteOrigin(), FEED_ENTRIES, cacheDay().today), "application/atom+xml; charset=utf-8"));
}
