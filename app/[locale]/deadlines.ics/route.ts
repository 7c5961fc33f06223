import { createTranslator, hasLocale } from "next-intl";
import en from "@/messages/en.json";
import th from "@/messages/th.json";
import { routing } from "@/i18n/routing";
import { cacheable } from "@/lib/api/http";
import { jsonError, withDatabase } from "@/lib/api/responses";
import { deadlinesIcs } from "@/lib/calendar/deadlines-ics";
import { cacheDay } from "@/lib/cache/day";
import { publicCalendarEntries } from "@/lib/cache/public-reads";
import { requestOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

/** iCalendar feed of public records' deadlines, in the path's language. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return jsonError(404, "not_found", "No such calendar.");
  return withDatabase(async () => {
    const { today } = cacheDay();
    // The messages themselves rather than getTranslations: a calendar needs
    // no request context, and tests call this handler directly.
    const t = createTranslator({ locale, messages: locale === "th" ? th : en, namespace: "Watch" });
    const entries = await publicCalendarEntries(today);
    const body = deadlinesIcs(entries, locale, await requestOrigin(request), { name: t("calendarName"), kind: (k) => t(`kind.${k}`), uncertain: (first, last) => t("calendarUncertain", { first, last }) }, today);
    return cacheable(request, body, "text/calendar; charset=utf-8");
  });
}
