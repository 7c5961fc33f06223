import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WatchList } from "@/components/watch-list";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { parseWatchParams } from "@/lib/agreements/watch-params";
import { cacheDay } from "@/lib/cache/day";
import { queryOf } from "@/lib/cache/pages";
import { publicWatch } from "@/lib/cache/public-reads";

// Cached whole like every public page (lib/cache/pages.ts); a query string
// arrives as the path segment of ./~/[query]/page.tsx, which shows this page.
export { renderOnDemand as generateStaticParams } from "@/lib/cache/pages";

type Props = { params: Promise<{ locale: Locale; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Watch" });
  return { title: t("publicTitle"), description: t("publicIntro") };
}

/** Public records whose deadlines come soon, that ended without a successor, or whose status is unclear. */
export default async function ExpiringPage({ params }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const { view, months, page } = parseWatchParams(queryOf((await params).query), ["deadlines", "ended", "unclear"]);
  const t = await getTranslations("Watch");
  const data = await publicWatch(view, months, page, cacheDay().today);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("publicTitle")}</h1>
      <p>{t("publicIntro")}</p>
      {/* A plain link, not the router's: the browser hands the .ics file to the calendar program. */}
      <a href={`/${locale}/deadlines.ics`} className="text-brand underline" data-testid="calendar-link" type="text/calendar">
        {t("calendarLink")}
      </a>
      <WatchList audience="public" basePath="/expiring" view={view} months={months} page={page} data={data} />
    </div>
  );
}
