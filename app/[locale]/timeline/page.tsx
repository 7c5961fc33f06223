import { filterYear, formatIsoPartial } from "@/lib/dates/format";
import { ComputedDateText } from "@/components/computed-dates";
import type { ChartDate } from "@/lib/agreements/views";
import type { Metadata } from "next";
import { labelIn } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/localized-link";
import { PartialDateText } from "@/components/partial-date-text";
import { StatusBadge } from "@/components/status-badge";
import { STATUS_FILL, TimelineOverview, type TimelineGroup } from "@/components/timeline-overview";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";
import { cacheDay } from "@/lib/cache/day";
import { queryOf } from "@/lib/cache/pages";
import { publicFilterChoices, publicTimeline } from "@/lib/cache/public-reads";
import { z } from "zod";
import { Pagination } from "@/components/pagination";

// Cached whole like every public page (lib/cache/pages.ts); a query string
// arrives as the path segment of ./~/[query]/page.tsx, which shows this page.
export { renderOnDemand as generateStaticParams } from "@/lib/cache/pages";


// Rows (an agreement under one of its groups) a page: the page stays a few
// hundred kilobytes however large the registry grows.
const ROWS_PER_PAGE = 100;
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v);
const year = z.preprocess(first, z.coerce.number().int().min(1900).max(2200).optional().catch(undefined));
const timelineParamsSchema = z.object({
  group: z.preprocess(first, z.enum(["party", "scope"]).catch("party")),
  from: year,
  to: year,
  page: z.preprocess(first, z.coerce.number().int().min(1).catch(1)),
});

type Props = { params: Promise<{ locale: Locale; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "TimelinePage" });
  return { title: t("title"), description: t("description") };
}

export default async function TimelinePage({ params }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const params_ = timelineParamsSchema.parse(queryOf((await params).query));
  const { group } = params_;
  const t = await getTranslations("TimelinePage");
  const ts = await getTranslations("Status");
  const { today } = cacheDay();
  const years = { from: params_.from, to: params_.to };
  const [{ slots, agreementTotal, page, totalPages, agreements: shown }, choices] = await Promise.all([publicTimeline(group, locale, years, ROWS_PER_PAGE, params_.page, today), publicFilterChoices(today)]);
  const byId = new Map(shown.map((a) => [a.id, a]));
  const td = await getTranslations("Deadlines");
  // A computed date in words: the day, the month or year, or the range it falls in.
  const chartDateText = (d: ChartDate) => {
    if (d.first && d.last && d.first === d.last) return formatIsoPartial(d.first, locale);
    if (d.first && d.last && d.precision === "MONTH") return formatIsoPartial(d.first.slice(0, 7), locale);
    if (d.first && d.last && d.precision === "YEAR") return formatIsoPartial(d.first.slice(0, 4), locale);
    if (d.first && d.last) return td("between", { first: formatIsoPartial(d.first, locale), last: formatIsoPartial(d.last, locale) });
    return d.first ? td("onOrAfter", { date: formatIsoPartial(d.first, locale) }) : td("onOrBefore", { date: formatIsoPartial(d.last!, locale) });
  };
  const agreements = [...byId.values()];

  // An agreement appears under each of its parties (or scope areas); the
  // database has ordered the groups and their rows.
  const groups = new Map<string, TimelineGroup>();
  for (const slot of slots) {
    const a = byId.get(slot.agreementId);
    if (!a?.referenceDate) continue;
    const g = groups.get(slot.groupKey) ?? { key: slot.groupKey, label: slot.groupLabel, lang: slot.groupLabelLang ?? undefined, rows: [] };
    const title = labelIn(a.title, locale);
    const { end, nextRenewal } = a.chart;
    const endText = end ? chartDateText(end) : t("endUnknown");
    g.rows.push({
      key: `${slot.groupKey}-${a.slug}`,
      href: `/${locale}/agreements/${a.slug}`,
      label: title.text,
      lang: title.lang,
      barLabel: t("barLabel", { title: title.text, start: formatIsoPartial(a.referenceDate, locale), end: endText, status: ts(a.status) }) + (nextRenewal ? ` ${t("barRenewal", { date: chartDateText(nextRenewal) })}` : ""),
      start: a.referenceDate,
      end,
      nextRenewal,
      status: a.status,
    });
    groups.set(slot.groupKey, g);
  }
  const sorted = [...groups.values()];
  const rangeQuery: Record<string, string> = Object.fromEntries(Object.entries({ from: years.from?.toString(), to: years.to?.toString() }).filter((e): e is [string, string] => e[1] !== undefined));
  const groupQuery = (g: "party" | "scope") => (g === "scope" ? { ...rangeQuery, group: g } : rangeQuery);
  const query = groupQuery(group);
  const yearLabel = (y: number) => filterYear(y, locale);
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
            href={{ pathname: "/timeline", query: groupQuery(g) }}
            aria-current={g === group ? "page" : undefined}
            className={`rounded border px-3 py-1 ${g === group ? "border-brand bg-brand text-paper" : "border-line text-brand hover:bg-wash"}`}
          >
            {t(g === "party" ? "groupParty" : "groupScope")}
          </Link>
        ))}
      </nav>

      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 text-sm" data-testid="year-range">
        {group === "scope" ? <input type="hidden" name="group" value="scope" /> : null}
        {(["from", "to"] as const).map((name) => (
          <label key={name} className="font-semibold">
            {t(name === "from" ? "fromYear" : "toYear")}
            <select name={name} defaultValue={years[name]?.toString() ?? ""} className="mt-1 block rounded border border-line bg-paper px-2 py-1.5 font-normal">
              <option value="">{t("anyYear")}</option>
              {choices.years.map((y) => (
                <option key={y} value={y}>
                  {yearLabel(y)}
                </option>
              ))}
            </select>
          </label>
        ))}
        <button type="submit" className="rounded bg-brand px-3 py-1.5 font-semibold text-paper hover:bg-brand/90">
          {t("showYears")}
        </button>
        <span className="text-muted" data-testid="timeline-count">
          {t("agreementCount", { count: agreementTotal })}
        </span>
      </form>

      <ul className="mt-4 flex flex-wrap gap-3 text-sm" aria-label={t("legend")}>
        {used.map((s) => (
          <li key={s} className="flex items-center gap-1.5">
            <span className="inline-block h-3 w-5 rounded-sm" style={{ background: STATUS_FILL[s] }} aria-hidden="true" />
            {ts(s)}
          </li>
        ))}
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-3 w-5 rounded-sm bg-gradient-to-r from-indigo-600 to-white" aria-hidden="true" />
          {t("endUnknown")}
        </li>
        <li className="flex items-center gap-1.5">
          <span className="inline-block h-2.5 w-2.5 rotate-45 border-2 border-indigo-600 bg-paper" aria-hidden="true" />
          {t("nextRenewal")}
        </li>
      </ul>

      <figure className="mt-4">
        <TimelineOverview groups={sorted} today={today} locale={locale} todayLabel={t("today")} renewalLabel={t("nextRenewal")} countLabel={(n) => t("agreementCount", { count: n })} />
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
              <th scope="col" className="py-2 pe-3">{t("nextRenewal")}</th>
              <th scope="col" className="py-2">{t("status")}</th>
            </tr>
          </thead>
          <tbody>
            {sorted.flatMap((g) =>
              g.rows.map((r) => (
                <tr key={r.key} className="border-b border-line align-top">
                  <td className="py-2 pe-3" lang={g.lang}>
                    {g.label}
                  </td>
                  <td className="py-2 pe-3">
                    <Link href={r.href.slice(locale.length + 1)} className="text-brand underline" lang={r.lang}>
                      {r.label}
                    </Link>
                  </td>
                  <td className="py-2 pe-3 whitespace-nowrap">
                    <PartialDateText iso={r.start} />
                  </td>
                  <td className="py-2 pe-3" data-testid="timeline-table-end">
                    {r.end ? (
                      <>
                        <ComputedDateText first={r.end.first} last={r.end.last} precision={r.end.precision} />
                        {r.end.stated ? null : <span className="block text-xs text-muted">{td("computedLabel")}</span>}
                      </>
                    ) : (
                      <span className="italic text-muted">{t("endUnknown")}</span>
                    )}
                  </td>
                  <td className="py-2 pe-3" data-testid="timeline-table-renewal">
                    {r.nextRenewal ? <ComputedDateText first={r.nextRenewal.first} last={r.nextRenewal.last} precision={r.nextRenewal.precision} /> : <span className="text-muted">—</span>}
                  </td>
                  <td className="py-2">
                    <StatusBadge status={r.status} />
                  </td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <Pagination pathname="/timeline" query={query} page={page} totalPages={totalPages} />
    </div>
  );
}
