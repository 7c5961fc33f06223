import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { cacheable } from "@/lib/http/cacheable";
import { jsonError, withDatabase } from "@/lib/http/errors";
import { cacheDay } from "@/lib/cache/day";
import { publicRecordCalendar } from "@/lib/cache/public-reads";
import { siteOrigin } from "@/lib/http/origin";
import { SLUG_PATTERN } from "@/lib/http/params";

export const dynamic = "force-dynamic";

/** One public record's deadlines as an iCalendar feed: /{locale}/agreements/{slug}/deadlines.ics. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale) || !SLUG_PATTERN.test(slug)) return jsonError(404, "not_found", "No such calendar.");
  return withDatabase(async () => {
    const body = await publicRecordCalendar(locale, siteOrigin(), cacheDay().today, slug);
    return body ? cacheable(request, body, "text/calendar; charset=utf-8") : jsonError(404, "not_found", "No such calendar.");
  });
}
