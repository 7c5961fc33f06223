import { filterYear } from "@/lib/dates/format";
import type { Metadata } from "next";
import { labelIn } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { AgreementCard } from "@/components/agreement-card";
import { Link } from "@/components/localized-link";
import { Pagination } from "@/components/pagination";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { AGREEMENT_KINDS, filtersToQuery, PAGE_SIZE, parseListFilters, SORTS } from "@/lib/agreements/filters";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";
import { cacheDay } from "@/lib/cache/day";
import { queryOf } from "@/lib/cache/pages";
import { publicFilterChoices, publicSummaries } from "@/lib/cache/public-reads";
import { SEARCH_SLOT } from "@/lib/search/slot";

// Cached whole like every public page (lib/cache/pages.ts); a query string
// arrives as the path segment of ./~/[query]/page.tsx, which shows this page.
export { renderOnDemand as generateStaticParams } from "@/lib/cache/pages";


type Props = { params: Promise<{ locale: Locale; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return { title: t("listTitle"), description: t("listDescription") };
}

/** A labelled filter; `any` adds the empty "no filter" choice first. */
function FilterSelect({ name, label, value, options, any, title }: { name: string; label: string; value: string | undefined; options: Array<readonly [string, string, string?]>; any?: string; title?: string }) {
  return (
    <label className="text-sm font-semibold" title={title}>
      {label}
      <select name={name} defaultValue={value ?? ""} className="mt-1 block w-full rounded border border-line bg-paper px-2 py-1.5">
        {any !== undefined ? <option value="">{any}</option> : null}
        {/* The third value: the label's language, where it is not the page's (a name with no Japanese form). */}
        {options.map(([optionValue, optionLabel, lang]) => (
          <option key={optionValue} value={optionValue} lang={lang}>
            {optionLabel}
          </option>
        ))}
      </select>
    </label>
  );
}

export default async function AgreementListPage({ params }: Props) {
  const { locale: rawLocale } = await params;
  const locale = resolvePageLocale(rawLocale);
  const raw = queryOf((await params).query);
  const filters = parseListFilters(raw);
  // A value the list cannot read is dropped (an old link still shows the
  // list), and the reader is told which, in words (the API answers 400).
  const rawValue = (name: string) => {
    const v = raw[name];
    return (Array.isArray(v) ? v[0] : v) || undefined;
  };
  const unknown = (["status", "kind", "year", "sort"] as const).filter((name) => rawValue(name) !== undefined && filters[name] === undefined).map((name) => ({ name, value: rawValue(name)! }));
  const t = await getTranslations("AgreementList");
  const ts = await getTranslations("Status");
  const tk = await getTranslations("Kind");
  const tn = await getTranslations("Navigation");

  const tf = await getTranslations("SearchField");
  const tw = await getTranslations("Watch");
  const { today } = cacheDay();
  // The frame of a composed search page (lib/search/compose-page.ts): everything but the results, which are not read.
  const frame = filters.q === SEARCH_SLOT;
  const [choices, result] = await Promise.all([
    publicFilterChoices(today),
    frame ? { page: filters.page, totalPages: 1, items: [], total: 0, sort: "relevance" as const } : publicSummaries({ ...filters, limit: PAGE_SIZE, lang: locale }, today),
  ]);
  const { page, totalPages, items: shown } = result;
  const exportQuery = new URLSearchParams({ ...filtersToQuery({ ...filters, page: undefined }), lang: locale }).toString();

  // Filter choices come from the records themselves, so none leads nowhere.
  const scopes = new Map(choices.scopes.map((s) => [s.key, labelIn({ th: s.labelTh, en: s.labelEn, ja: s.labelJa }, locale)]));
  const parties = new Map(choices.parties.map((p) => [p.slug, labelIn({ th: p.nameTh, en: p.nameEn, ja: p.nameJa }, locale)]));
  const years = choices.years.map(String);
  const collator = new Intl.Collator(locale);
  const sorted = (m: Map<string, { text: string; lang?: string }>) => [...m.entries()].sort((a, b) => collator.compare(a[1].text, b[1].text)).map(([key, { text, lang }]) => [key, text, lang] as const);
  const yearLabel = (y: string) => filterYear(Number(y), locale);
  const hasFilters = Boolean(filters.q || filters.status || filters.kind || filters.scope || filters.party || filters.year);
  const activeFilters = [filters.status, filters.kind, filters.scope, filters.party, filters.year].filter(Boolean).length;
  const calendarQuery = new URLSearchParams(filtersToQuery({ status: filters.status, kind: filters.kind, scope: filters.scope, party: filters.party, year: filters.year })).toString();

  return (
    <div>
      <h1 className="text-2xl font-semibold text-ink sm:text-3xl">{t("heading")}</h1>

      <form method="get" className="no-print mt-6 rounded-lg border border-line bg-paper p-4" aria-labelledby="filters-heading" data-testid="filters">
        <h2 id="filters-heading" className="sr-only">
          {t("filters")}
        </h2>
        <label className="block text-sm font-semibold">
          {tn("searchLabel")}
          <input
            type="search"
            name="q"
            defaultValue={filters.q ?? ""}
            placeholder={tn("searchPlaceholder")}
            maxLength={200}
            className="mt-1 block w-full rounded border border-line bg-paper px-3 py-2 text-base font-normal"
            data-testid="list-search"
          />
        </label>
        {/* On a phone the filters fold under one control, so results come first; from sm up they are always open (::details-content). */}
        <details className="group mt-3 sm:[&::details-content]:[content-visibility:visible] sm:[&::details-content]:block" open={activeFilters > 0 || undefined} data-testid="filter-fold">
          <summary className="cursor-pointer rounded border border-line px-3 py-2 text-sm font-semibold text-brand sm:hidden">
            {t("filters")}
            {activeFilters > 0 ? <span className="ms-1 font-normal text-muted">({t("activeFilters", { count: activeFilters })})</span> : null}
          </summary>
        <div className="mt-3 grid gap-3 sm:mt-0 sm:grid-cols-2 lg:grid-cols-3">
          <FilterSelect name="status" label={t("status")} value={filters.status} any={t("any")} options={LIFECYCLE_STATUSES.filter((s) => s !== "draft").map((s) => [s, ts(s)])} />
          <FilterSelect name="kind" label={t("kind")} value={filters.kind} any={t("any")} options={AGREEMENT_KINDS.map((k) => [k, tk(k)])} />
          <FilterSelect name="scope" label={t("scopeArea")} value={filters.scope} any={t("any")} options={sorted(scopes)} />
          <FilterSelect name="party" label={t("party")} value={filters.party} any={t("any")} options={sorted(parties)} />
          <FilterSelect name="year" label={t("year")} title={t("yearHint")} value={filters.year ? String(filters.year) : undefined} any={t("any")} options={[...years].sort().reverse().map((y) => [y, yearLabel(y)])} />
          <FilterSelect
            name="sort"
            label={t("sort")}
            value={filters.sort ?? result.sort}
            options={SORTS.filter((s) => s !== "relevance" || filters.q).map((s) => [s, t(({ relevance: "sortRelevance", newest: "sortNewest", oldest: "sortOldest", title: "sortTitle" } as const)[s])])}
          />
        </div>
        </details>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand/90">
            {t("apply")}
          </button>
          {hasFilters ? (
            <Link href="/agreements" className="text-brand underline">
              {t("clear")}
            </Link>
          ) : null}
        </div>
      </form>

      {unknown.length > 0 ? (
        <p className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm" role="alert" data-testid="unknown-filter">
          {unknown.map(({ name, value }) => t(`unknownValue.${name}`, { value })).join(" ")} {t("unknownIgnored")}
        </p>
      ) : null}

      {frame ? (
        <div data-search-results="" />
      ) : (
        <>
      <div className="mt-6 flex flex-wrap items-baseline justify-between gap-3">
        <p className="font-semibold" role="status" data-testid="result-count">
          {filters.q ? <span className="me-2">{t("searchResults", { q: filters.q })} ·</span> : null}
          {t("resultCount", { count: result.total })}
        </p>
        {result.total > 0 ? (
          <p className="no-print text-sm">
            <span className="text-muted">{t("downloads")}: </span>
            <a href={`/api/v1/agreements.csv?${exportQuery}`} className="text-brand underline" download data-testid="download-csv">
              {t("downloadCsv")}
            </a>
            {" · "}
            <a href={`/api/v1/agreements.json?${exportQuery}`} className="text-brand underline" download data-testid="download-json">
              {t("downloadJson")}
            </a>
            {/* The deadlines of the records this list's filters select (a search is not a filter: the calendar follows the filters only). */}
            {" · "}
            <a href={`/${locale}/deadlines.ics${calendarQuery ? `?${calendarQuery}` : ""}`} type="text/calendar" className="text-brand underline" data-testid="list-calendar-link">
              {tw("listCalendarLink")}
            </a>
          </p>
        ) : null}
      </div>

      {shown.length === 0 ? (
        <div className="mt-4 rounded-lg border border-dashed border-line bg-paper p-6" data-testid="empty-state">
          <h2 className="text-lg font-semibold">{t("emptyHeading")}</h2>
          <p className="mt-1 text-muted">{filters.q ? t("emptySearchHint") : t("emptyHint")}</p>
          <Link href="/agreements" className="mt-3 inline-block text-brand underline">
            {t("clear")}
          </Link>
        </div>
      ) : (
        <ul className="mt-4 space-y-3" data-testid="agreement-list">
          {shown.map((a) => (
            <li key={a.slug}>
              <AgreementCard agreement={a} locale={locale}>
                {a.match ? (
                  <p className="mt-2 rounded bg-wash px-3 py-2 text-sm" data-testid="match">
                    <span className="block text-xs font-semibold text-muted">{t("matchIn", { field: tf(a.match.field) })}</span>
                    <span lang={a.match.lang}>
                      {a.match.parts.map((part, i) => (part.mark ? <mark key={i} className="rounded-sm bg-amber-200 px-0.5 text-ink">{part.text}</mark> : <span key={i}>{part.text}</span>))}
                    </span>
                  </p>
                ) : null}
              </AgreementCard>
            </li>
          ))}
        </ul>
      )}

      <Pagination pathname="/agreements" query={filtersToQuery({ ...filters, page: undefined })} page={page} totalPages={totalPages} />
        </>
      )}
    </div>
  );
}
