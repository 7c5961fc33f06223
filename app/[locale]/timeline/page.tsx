import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/localized-link";
import { PartialDateText } from "@/components/partial-date-text";
import { StatusBadge } from "@/components/status-badge";
import { STATUS_FILL, TimelineOverview, type TimelineGroup } from "@/components/timeline-overview";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";
import { listAgreementViews } from "@/lib/agreements/views";
import { todayInBangkok } from "@/lib/dates/partial-date";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "TimelinePage" });
  return { title: t("title"), description: t("description") };
}

export default async function TimelinePage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const group = (await searchParams).group === "scope" ? "scope" : "party";
  const t = await getTranslations("TimelinePage");
  const ts = await getTranslations("Status");
  const today = todayInBangkok();
  const agreements = (await listAgreementViews()).filter((a) => a.referenceDate);

  // An agreement appears under each of its parties (or scope areas).
  const groups = new Map<string, TimelineGroup>();
  for (const a of agreements) {
    const keys = group === "party" ? a.parties.map((p) => [p.slug, p.name[locale]] as const) : a.scopeAreas.map((s) => [s.key, s.label[locale]] as const);
    for (const [key, label] of keys) {
      const g = groups.get(key) ?? { key, label, rows: [] };
      g.rows.push({ key: `${key}-${a.slug}`, label: a.title[locale], start: a.referenceDate!, end: a.dates.expiry, status: a.status });
      groups.set(key, g);
    }
  }
  const collator = new Intl.Collator(locale);
  const sorted = [...groups.values()].sort((x, y) => collator.compare(x.label, y.label));
  for (const g of sorted) g.rows.sort((x, y) => x.start.localeCompare(y.start));
  const used = LIFECYCLE_STATUSES.filter((s) => agreements.some((a) => a.status === s));

  return (
    <div className="rounded-lg border border-line bg-paper p-6 sm:p-8">
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>

      <nav aria-label={t("groupBy")} className="mt-4 flex flex-wrap items-center gap-2 text-sm" data-testid="group-switch">
        <span className="font-semibold">{t("groupBy")}:</span>
        {(["party", "scope"] as const).map((g) => (
          <Link
            key={g}
            href={{ pathname: "/timeline", query: g === "party" ? {} : { group: g } }}
            aria-current={g === group ? "page" : undefined}
            className={`rounded border px-3 py-1 ${g === group ? "border-brand bg-brand text-paper" : "border-line text-brand hover:bg-wash"}`}
          >
            {t(g === "party" ? "groupParty" : "groupScope")}
          </Link>
        ))}
      </nav>

      <ul className="mt-4 flex flex-wrap gap-3 text-sm" aria-label={t("legend")}>
        {used.map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-5 rounded-sm" style={{ background: STATUS_FILL[s] }} aria-hidden="true" />
            {ts(s)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-5 rounded-sm bg-gradient-to-r from-indigo-600 to-white" aria-hidden="true" />
          {t("openEnded")}
        </li>
      </ul>

      <figure className="mt-4 overflow-x-auto">
        <TimelineOverview groups={sorted} today={today} locale={locale} todayLabel={t("today")} />
        <figcaption className="sr-only">{t("chartLabel")}</figcaption>
      </figure>

      <h2 className="mt-8 text-xl font-semibold text-brand">{t("table")}</h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-sm" data-testid="timeline-table">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-2 pe-3">{t("group")}</th>
              <th scope="col" className="py-2 pe-3">{t("agreement")}</th>
              <th scope="col" className="py-2 pe-3">{t("start")}</th>
              <th scope="col" className="py-2 pe-3">{t("end")}</th>
              <th scope="col" className="py-2">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.flatMap((g) =>
              g.rows.map((r) => (
                <tr key={r.key} className="border-b border-line align-top">
                  <td className="py-2 pe-3">{g.label}</td>
                  <td className="py-2 pe-3">
                    <Link href={`/agreements/${r.key.slice(g.key.length + 1)}`} className="text-brand underline">
                      {r.label}
                    </Link>
                  </td>
                  <td className="py-2 pe-3 whitespace-nowrap">
                    <PartialDateText iso={r.start} />
                  </td>
                  <td className="py-2 pe-3 whitespace-nowrap">{r.end ? <PartialDateText iso={r.end} /> : <span className="italic text-muted">{t("openEnded")}</span>}</td>
                  <td className="py-2">
                    <StatusBadge status={r.status} />
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
