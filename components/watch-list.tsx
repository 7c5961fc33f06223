import { useLocale, useTranslations } from "next-intl";
import { LocalizedText } from "@/components/localized-text";
import { nameIn } from "@/lib/i18n/pick";
import { ComputedDateText, useFactList } from "@/components/computed-dates";
import { Link } from "@/components/localized-link";
import { Pagination } from "@/components/pagination";
import { StatusBadge } from "@/components/status-badge";
import type { Locale } from "@/i18n/routing";
import { WATCH_PAGE_SIZE, WATCH_WINDOWS, type Audience, type WatchRow, type WatchView, type WatchWindow } from "@/lib/agreements/watch";

export interface WatchData {
  rows: WatchRow[];
  total: number;
  /** `beyond`: upcoming deadlines after the chosen window. */
  counts: Record<WatchView, number> & { beyond: number };
}

/** A window's label: months up to two years, then years, or "all upcoming". */
function useWindowLabel() {
  const t = useTranslations("Watch");
  return (m: WatchWindow) => (m === "all" ? t("allUpcoming") : m >= 60 ? t("years", { count: m / 12 }) : t("months", { count: m }));
}

/**
 * The "what needs attention" lists, for the public page (/expiring) and the
 * staff page (/editor/watch): tabs with counts, the window for deadlines,
 * one page of rows sorted by urgency, all in the URL.
 */
export function WatchList({ audience, basePath, view, months, page, data }: { audience: Audience; basePath: string; view: WatchView; months: WatchWindow; page: number; data: WatchData }) {
  const t = useTranslations("Watch");
  const locale = useLocale() as Locale;
  const views: WatchView[] = audience === "staff" ? ["deadlines", "ended", "unclear", "gaps"] : ["deadlines", "ended", "unclear"];
  const query = (v: WatchView, m: WatchWindow): Record<string, string> => (v === "deadlines" ? { view: v, months: String(m) } : { view: v });
  const facts = useFactList();
  const windowLabel = useWindowLabel();
  const totalPages = Math.max(1, Math.ceil(data.total / WATCH_PAGE_SIZE));
  return (
    <div className="flex flex-col gap-4">
      <nav aria-label={t("lists")} className="flex flex-wrap gap-2" data-testid="watch-tabs">
        {views.map((v) => (
          <Link
            key={v}
            href={{ pathname: basePath, query: query(v, months) }}
            aria-current={v === view ? "page" : undefined}
            className="rounded border border-line bg-paper px-3 py-1 text-sm no-underline aria-[current=page]:bg-brand aria-[current=page]:text-paper"
          >
            {t(`tab.${v}`)} <span className="font-semibold">({data.counts[v]})</span>
          </Link>
        ))}
      </nav>
      <p className="text-muted">{t(`explain.${view}`)}</p>
      {view === "deadlines" ? (
        <nav aria-label={t("window")} className="flex flex-wrap items-center gap-2 text-sm" data-testid="watch-window">
          <span>{t("window")}:</span>
          {WATCH_WINDOWS.map((m) => (
            <Link key={m} href={{ pathname: basePath, query: query("deadlines", m) }} aria-current={m === months ? "page" : undefined} className="rounded border border-line px-2 py-0.5 no-underline aria-[current=page]:bg-brand aria-[current=page]:text-paper">
              {windowLabel(m)}
            </Link>
          ))}
        </nav>
      ) : null}
      {view === "deadlines" && data.counts.beyond > 0 ? (
        <p className="text-sm" data-testid="watch-beyond">
          {t("beyond", { count: data.counts.beyond })}{" "}
          <Link href={{ pathname: basePath, query: query("deadlines", "all") }} className="text-brand underline">
            {t("showAll")}
          </Link>
        </p>
      ) : null}
      {data.rows.length === 0 ? (
        <p className="rounded border border-line bg-paper p-4" data-testid="watch-empty">
          {t(`empty.${view}`)}
        </p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-paper text-sm" data-testid="watch-rows">
            <thead>
              <tr className="border-b border-line text-left">
                {view === "deadlines" || view === "ended" ? <th className="p-2">{t(view === "ended" ? "endedOn" : "date")}</th> : null}
                {view === "deadlines" ? <th className="p-2">{t("what")}</th> : null}
                <th className="p-2">{t("agreement")}</th>
                {view === "gaps" ? <th className="p-2">{t("gap")}</th> : null}
                <th className="p-2">{t("status")}</th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={`${r.id}-${r.kind ?? ""}-${r.first ?? ""}`} className="border-b border-line align-top" data-testid="watch-row" data-slug={r.slug} data-kind={r.kind ?? undefined} data-first={r.first ?? undefined}>
                  {view === "deadlines" || view === "ended" ? (
                    <td className="whitespace-nowrap p-2">{r.first && r.last ? <ComputedDateText first={r.first} last={r.last} precision={r.precision} /> : null}</td>
                  ) : null}
                  {view === "deadlines" ? <td className="p-2">{t(`kind.${r.kind ?? "END"}`)}</td> : null}
                  <td className="p-2">
                    {/* Drafts and internal records have no public page: staff reach them by their form. */}
                    <Link href={r.publicationState === "PUBLISHED" && r.visibility === "PUBLIC" ? `/agreements/${r.slug}` : `/editor/agreements/${r.id}`} className="text-brand underline">
                      <LocalizedText value={{ th: r.titleTh, en: r.titleEn, ja: r.titleJa }} locale={locale} name />
                    </Link>
                    {audience === "staff" ? (
                      <>
                        {r.publicationState !== "PUBLISHED" ? <span className="ms-2 rounded bg-wash px-1.5 text-xs font-semibold text-muted">{t(`state.${r.publicationState}`)}</span> : null}
                        {r.visibility === "INTERNAL" ? <span className="ms-2 rounded bg-wash px-1.5 text-xs font-semibold text-muted">{t("internal")}</span> : null}
                        <Link href={`/editor/agreements/${r.id}`} className="ms-3 text-brand underline" aria-label={t("editLabel", { title: nameIn({ th: r.titleTh, en: r.titleEn, ja: r.titleJa }, locale) })}>
                          {t("edit")}
                        </Link>
                      </>
                    ) : null}
                  </td>
                  {view === "gaps" ? (
                    <td className="p-2">
                      {r.missing?.length ? <span className="block">{t("notStated", { facts: facts(r.missing) })}</span> : null}
                      {r.uncited?.length ? <span className="block">{t("uncited", { facts: facts(r.uncited) })}</span> : null}
                    </td>
                  ) : null}
                  <td className="p-2">
                    <StatusBadge status={r.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pathname={basePath} query={query(view, months)} page={page} totalPages={totalPages} />
    </div>
  );
}
