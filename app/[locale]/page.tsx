import type { Metadata } from "next";
import { nameIn } from "@/lib/i18n/pick";
import { LocalizedText } from "@/components/localized-text";
import { getTranslations } from "next-intl/server";
import { AgreementCardList } from "@/components/agreement-card";
import { StatusBadge } from "@/components/status-badge";
import { TimelineSvg } from "@/components/timeline-svg";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { filtersToQuery } from "@/lib/agreements/filters";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";
import { cacheDay } from "@/lib/cache/day";
import { publicHome } from "@/lib/cache/public-reads";
import { formatIsoPartial } from "@/lib/dates/format";
import { todayInBangkok } from "@/lib/dates/partial-date";

// Rendered on the first request and kept whole in Next's cache (lib/cache/pages.ts).
export { renderOnDemand as generateStaticParams } from "@/lib/cache/pages";

const HOME_IN_EFFECT = 6;
const HOME_TIMELINE = 12;

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: { absolute: t("homeTitle") }, description: t("homeDescription") };
}

export default async function HomePage({ params }: Props) {
  const { locale: rawLocale } = await params;
  const locale = resolvePageLocale(rawLocale);
  const t = await getTranslations("Home");
  // Aggregates and the latest few: the home page costs the same at any size.
  const { today } = cacheDay();
  const home = await publicHome(locale, HOME_IN_EFFECT, HOME_TIMELINE, today);
  const tw = await getTranslations("Watch");
  const [inEffect, inEffectPage, latestAll, latestPage] = [home.inEffect.items, home.inEffect, home.latest.items, home.latest];
  const counts = LIFECYCLE_STATUSES.map((s) => [s, home.byStatus[s] ?? 0] as const).filter(([, n]) => n > 0);
  const timeline = [...latestAll].reverse();

  return (
    <div className="space-y-10">
      <section aria-labelledby="intro-heading" className="rounded-lg border border-line bg-paper p-6 shadow-sm">
        <h1 id="intro-heading" className="text-2xl font-semibold text-brand sm:text-3xl">
          {t("heading")}
        </h1>
        <p className="mt-3 max-w-3xl">{t("intro")}</p>
        <Link href="/agreements" className="mt-4 inline-block rounded bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand/90">
          {t("browseAll")}
        </Link>
      </section>

      <section aria-labelledby="counts-heading">
        <h2 id="counts-heading" className="text-xl font-semibold">
          {t("statusCounts")}
        </h2>
        <p className="text-sm text-muted">{t("statusCountsAsOf", { date: formatIsoPartial(todayInBangkok(), locale) })}</p>
        <ul className="mt-3 flex flex-wrap gap-3" data-testid="status-counts">
          {counts.map(([status, n]) => (
            <li key={status}>
              <Link href={{ pathname: "/agreements", query: filtersToQuery({ status }) }} className="flex items-center gap-2 rounded-lg border border-line bg-paper px-3 py-2 hover:border-brand">
                <StatusBadge status={status} />
                <span className="text-lg font-semibold" data-testid={`count-${status}`}>
                  {n}
                </span>
              </Link>
            </li>
          ))}
        </ul>
        <p className="mt-3" data-testid="home-watch">
          {tw("homeSummary", { deadlines: home.watch.deadlines, unclear: home.watch.unclear })}{" "}
          <Link href={{ pathname: "/expiring", query: { view: "deadlines", months: "6" } }} className="text-brand underline">
            {tw("homeLink")}
          </Link>
        </p>
      </section>

      <section aria-labelledby="effect-heading">
        <h2 id="effect-heading" className="text-xl font-semibold">
          {t("inEffect")}
        </h2>
        {inEffect.length === 0 ? (
          <p className="mt-2 text-muted">{t("noneInEffect")}</p>
        ) : (
          <>
            <AgreementCardList agreements={inEffect} locale={locale} />
            {inEffectPage.total > inEffect.length ? (
              <Link href={{ pathname: "/agreements", query: filtersToQuery({ status: "in_effect" }) }} className="mt-3 inline-block text-brand underline" data-testid="all-in-effect">
                {t("inEffectAll", { count: inEffectPage.total })}
              </Link>
            ) : null}
          </>
        )}
      </section>

      <section aria-labelledby="latest-heading">
        <h2 id="latest-heading" className="text-xl font-semibold">
          {t("latest")}
        </h2>
        <AgreementCardList agreements={latestAll.slice(0, 3)} locale={locale} testId="latest" />
      </section>

      <section aria-labelledby="timeline-heading" className="rounded-lg border border-line bg-paper p-6">
        <h2 id="timeline-heading" className="text-xl font-semibold">
          {t("timeline")}
        </h2>
        <p className="text-sm text-muted">{t("timelineDescription")}</p>
        <TimelineSvg locale={locale} title={t("timeline")} items={timeline.map((a) => ({ key: a.slug, date: a.referenceDate, label: nameIn(a.title, locale) }))} />
        <ol className="mt-3 space-y-1 text-sm">
          {timeline.map((a) => (
            <li key={a.slug}>
              <span className="font-semibold">{a.referenceDate ? formatIsoPartial(a.referenceDate, locale) : "—"}</span>{" "}
              <Link href={`/agreements/${a.slug}`} className="text-brand underline">
                <LocalizedText value={a.title} locale={locale} />
              </Link>
            </li>
          ))}
        </ol>
        {latestPage.total > timeline.length ? (
          <Link href="/timeline" className="mt-3 inline-block text-brand underline" data-testid="timeline-more">
            {t("timelineMore", { shown: timeline.length, count: latestPage.total })}
          </Link>
        ) : null}
      </section>
    </div>
  );
}
