import { hasLocale } from "next-intl";
import { routing } from "@/i18n/routing";
import { withDatabase } from "@/lib/http/errors";
import { calendarEntries } from "@/lib/agreements/watch";
import { calendarTexts, deadlinesIcs } from "@/lib/calendar/deadlines-ics";
import { calendarTokenOwner } from "@/lib/calendar/tokens";
import { getDb } from "@/lib/db/client";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { siteOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

const notFound = () => new Response("Not found\n", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * A staff member's private deadlines calendar, internal records and drafts
 * included: /{locale}/calendar/{token}.ics. Never cached, so a revoked token
 * answers 404 from the next request on.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; file: string }> }) {
  const { locale, file } = await params;
  if (!hasLocale(routing.locales, locale) || !file.endsWith(".ics")) return notFound();
  return withDatabase(async () => {
    const db = getDb();
    if (!(await calendarTokenOwner(db, file.slice(0, -4)))) return notFound();
    const today = todayInBangkok();
    const body = deadlinesIcs(
      await calendarEntries(db, "staff", today),
      locale,
      siteOrigin(),
      calendarTexts(locale, { kind: "all", audience: "staff" }),
      today,
    );
    return new Response(body, { headers: { "content-type": "text/calendar; charset=utf-8", "cache-control": "private, no-store", "referrer-policy": "no-referrer" } });
  });
}
