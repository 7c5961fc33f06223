import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { formatIsoPartial } from "@/lib/dates/format";
import { archiveFormat } from "@/lib/sources/media";
import { toIsoString } from "@/lib/dates/partial-date";
import { listStaffSources, SOURCE_FILTERS } from "@/lib/sources/queries";
import { listHref as staffListHref, listParams } from "@/lib/editor/list-params";
import { StaffPager } from "@/components/editor/staff-pager";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; filter?: string; page?: string }> };

const listHref = (filters: { q?: string; filter?: string; page?: number }) => staffListHref("/editor/sources", filters);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("sources.title"), robots: { index: false } };
}

/** Every source the records cite: search, filter by archive and quote checks, and open one to correct it. */
export default async function SourcesPage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const raw = await searchParams;
  const requestedFilter = raw.filter;
  const filter = SOURCE_FILTERS.find((f) => f === requestedFilter);
  const { q, page } = listParams(raw);
  await requireStaff(locale, `/${locale}${listHref({ q, filter, page })}`);
  const t = await getTranslations("Editor");
  const { rows, total, pages } = await listStaffSources({ q, filter, page });
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("sources.title")}</h1>
      <p className="text-sm text-muted">{t("sources.intro")}</p>
      <form method="get" action={`/${locale}/editor/sources`} className="flex flex-wrap gap-2" role="search" aria-label={t("sources.search")}>
        {filter ? <input type="hidden" name="filter" value={filter} /> : null}
        <label htmlFor="sources-q" className="sr-only">
          {t("sources.search")}
        </label>
        <input id="sources-q" name="q" type="search" defaultValue={q} maxLength={200} placeholder={t("sources.search")} className="w-full rounded border border-line bg-paper px-2 py-1 text-sm sm:w-80" />
        <button type="submit" className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
          {t("find")}
        </button>
      </form>
      <nav aria-label={t("sources.filterLabel")} className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...SOURCE_FILTERS].map((f) => (
          <Link key={f ?? "all"} href={listHref({ q, filter: f })} aria-current={f === filter ? "page" : undefined} className="rounded border border-line px-2 py-0.5 aria-[current=page]:bg-brand aria-[current=page]:text-paper">
            {t(`sources.filters.${f ?? "all"}`)}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-muted" data-testid="sources-count">
        {t("sources.count", { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="text-muted">{t("sources.none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-paper text-sm" data-testid="staff-sources">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="p-2">{t("fields.sourceTitle")}</th>
                <th scope="col" className="p-2">{t("fields.publishedOn")}</th>
                <th scope="col" className="p-2">{t("sources.citations")}</th>
                <th scope="col" className="p-2">{t("sources.archive")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((s) => (
                <tr key={s.id} className="border-b border-line align-top">
                  <td className="p-2">
                    <Link href={`/editor/sources/${s.id}`} className="text-brand underline" lang={s.language}>
                      {s.title}
                    </Link>
                    <span className="block break-all text-xs text-muted">{s.url ?? t("sources.noUrl")}</span>
                  </td>
                  <td className="whitespace-nowrap p-2">{s.publishedOn && s.publishedPrecision ? formatIsoPartial(toIsoString({ date: s.publishedOn.toISOString().slice(0, 10), precision: s.publishedPrecision }), locale) : "—"}</td>
                  <td className="p-2">{s._count.citations}</td>
                  <td className="p-2" data-testid="source-archive-state">
                    {s.archive ? t("sources.archivedAs", { format: t(`sources.format.${archiveFormat(s.archive.mediaType)}`) }) : <span className="text-muted">{t("sources.notArchived")}</span>}
                    {s.notFound > 0 ? <span className="block font-semibold text-red-800">{t("quotesNotFound", { count: s.notFound })}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StaffPager page={page} pages={pages} href={(p) => listHref({ q, filter, page: p })} />
    </div>
  );
}
