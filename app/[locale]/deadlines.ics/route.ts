import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { cacheable } from "@/lib/http/cacheable";
import { jsonError, withDatabase } from "@/lib/http/errors";
import { cacheDay } from "@/lib/cache/day";
import { publicCalendar } from "@/lib/cache/public-reads";
import { siteOrigin } from "@/lib/http/origin";
import { parseListFilters } from "@/lib/agreements/filters";
import type { ListingFilters } from "@/lib/agreements/listing";

export const dynamic = "force-dynamic";

/**
 * iCalendar feed of public records' deadlines, in the path's language
 * (lib/calendar/deadlines-ics.ts). With a list's filters (status, kind,
 * scope, party, year: the list's own rules, an unreadable value dropped), the
 * deadlines of the records that list shows.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return jsonError(404, "not_found", "No such calendar.");
  const { status, kind, scope, party, year } = parseListFilters(Object.fromEntries(new URL(request.url).searchParams));
  const filters: ListingFilters = Object.fromEntries(Object.entries({ status, kind, scope, party, year }).filter(([, v]) => v !== undefined));
  return withDatabase(async () =>
    cacheable(request, await publicCalendar(locale, siteOrigin(), cacheDay().today, Object.keys(filters).length > 0 ? filters : null), "text/calendar; charset=utf-8"),
  );
}
