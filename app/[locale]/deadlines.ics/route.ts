import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { cacheable } from "@/lib/http/cacheable";
import { jsonError, withDatabase } from "@/lib/http/errors";
import { cacheDay } from "@/lib/cache/day";
import { publicCalendar } from "@/lib/cache/public-reads";
import { siteOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

/** iCalendar feed of public records' deadlines, in the path's language (lib/calendar/deadlines-ics.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return jsonError(404, "not_found", "No such calendar.");
  return withDatabase(async () => cacheable(request, await publicCalendar(locale, siteOrigin(), cacheDay().today), "text/calendar; charset=utf-8"));
}
