import type { Metadata } from "next";
import { LocalizedText } from "@/components/localized-text";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { gapsOf, watchCounts } from "@/lib/agreements/watch";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { getDb } from "@/lib/db/client";
import { listStaffAgreements, STAFF_FLAGS } from "@/lib/editor/queries";
import { listHref as staffListHref, listParams } from "@/lib/editor/list-params";
import { StaffPager } from "@/components/editor/staff-pager";
import { PUBLICATION_STATES, VISIBILITIES } from "@/lib/enums";

export const dynamic = "force-dynamic";


type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ state?: string; visibility?: string; q?: string; flag?: string; page?: string }> };
const STATES = PUBLICATION_STATES;

/** The staff list's address with these filters. */
const listHref = (filters: { state?: string; visibility?: string; q?: string; flag?: string; page?: number }) => staffListHref("/editor", filters);

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("records"), robots: { index: false } };
}

export default async function EditorHome({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const raw = await searchParams;
  const { state: requested, visibility: requestedVisibility, flag: requestedFlag } = raw;
  const flag = STAFF_FLAGS.find((f) => f === requestedFlag);
  const state = STATES.find((s) => s === requested);
  const visibility = VISIBILITIES.find((v) => v === requestedVisibility);
  const { q, page } = listParams(raw);
  const staff = await requireStaff(locale, `/${locale}${listHref({ state, visibility, q, flag, page })}`);
  const t = await getTranslations("Editor");
  const format = await getFormatter();
  const today = todayInBangkok();
  const [{ rows, total, pages }, watch] = await Promise.all([listStaffAgreements({ state, visibility, q, flag, page }), watchCounts(getDb(), "staff", 6, today)]);
  // The same gaps check as the count above (lib/agreements/watch.ts), so the summary and the rows agree.
  const gaps = await gapsOf(getDb(), rows.map((r) => r.id), today);
  const tw = await getTranslations("Watch");
  const td = await getTranslations("Deadlines");
  const facts = (names: string[]) => new Intl.ListFormat(locale, { type: "conjunction" }).format(names.map((f) => td(`facts.${f}` as "facts.termMonths")));
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold">{t("records")}</h1>
        {can(staff.role, "edit") ? (
          <Link href="/editor/agreements/new" className="rounded bg-brand px-3 py-1.5 font-semibold text-paper no-underline">
            {t("newTitle")}
          </Link>
        ) : null}
      </div>
      <p className="rounded border border-line bg-paper px-3 py-2 text-sm" data-testid="staff-watch-summary">
        {tw("staffHomeSummary", { deadlines: watch.deadlines, ended: watch.ended, unclear: watch.unclear, gaps: watch.gaps })}{" "}
        <Link href="/editor/watch" className="text-brand underline">
          {tw("staffNavLink")}
        </Link>
      </p>
      <form method="get" action={`/${locale}/editor`} className="flex flex-wrap gap-2" role="search" aria-label={t("searchRecords")}>
        {state ? <input type="hidden" name="state" value={state} /> : null}
        {visibility ? <input type="hidden" name="visibility" value={visibility} /> : null}
        {flag ? <input type="hidden" name="flag" value={flag} /> : null}
        <label htmlFor="staff-q" className="sr-only">
          {t("searchRecords")}
        </label>
        <input id="staff-q" name="q" type="search" defaultValue={q} maxLength={200} placeholder={t("searchRecords")} className="w-full rounded border border-line bg-paper px-2 py-1 text-sm sm:w-80" />
        <button type="submit" className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
          {t("find")}
        </button>
      </form>
      <nav aria-label={t("filterByState")} className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...STATES].map((s) => (
          <Link key={s ?? "all"} href={listHref({ state: s, visibility, q, flag })} aria-current={s === state ? "page" : undefined} className="rounded border border-line px-2 py-0.5 aria-[current=page]:bg-brand aria-[current=page]:text-paper">
            {s ? t(`state.${s}`) : t("allStates")}
          </Link>
        ))}
      </nav>
      <nav aria-label={t("filterByVisibility")} className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...VISIBILITIES].map((v) => (
          <Link key={v ?? "all"} href={listHref({ state, visibility: v, q, flag })} aria-current={v === visibility ? "page" : undefined} className="rounded border border-line px-2 py-0.5 aria-[current=page]:bg-brand aria-[current=page]:text-paper">
            {v ? t(`visibility.${v}`) : t("allVisibilities")}
          </Link>
        ))}
      </nav>
      <nav aria-label={t("filterByChecks")} className="flex flex-wrap gap-2 text-sm">
        {[undefined, ...STAFF_FLAGS].map((f) => (
          <Link key={f ?? "all"} href={listHref({ state, visibility, q, flag: f })} aria-current={f === flag ? "page" : undefined} className="rounded border border-line px-2 py-0.5 aria-[current=page]:bg-brand aria-[current=page]:text-paper">
            {f ? t(`flags.${f}`) : t("allChecks")}
          </Link>
        ))}
      </nav>
      <p className="text-sm text-muted" data-testid="staff-records-count">
        {t("recordCount", { count: total })}
      </p>
      {rows.length === 0 ? (
        <p className="text-muted">{t("noRecords")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-paper text-sm" data-testid="staff-records">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="p-2">{t("fields.title")}</th>
                <th scope="col" className="p-2">{t("stateLabel")}</th>
                <th scope="col" className="p-2">{t("fields.visibility")}</th>
                <th scope="col" className="p-2">{t("checks")}</th>
                <th scope="col" className="p-2">{t("updated")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-line">
                  <td className="p-2">
                    <Link href={`/editor/agreements/${r.id}`} className="text-brand underline">
                      <LocalizedText value={{ th: r.titleTh, en: r.titleEn, ja: r.titleJa }} locale={locale} name />
                    </Link>
                  </td>
                  <td className="whitespace-nowrap p-2">{t(`state.${r.publicationState}`)}</td>
                  <td className="whitespace-nowrap p-2">{t(`visibility.${r.visibility}`)}</td>
                  <td className="p-2" data-testid="staff-record-checks">
                    {r._count.citations === 0 && !r.uncitedFacts && !gaps.has(r.id) ? (
                      <span className="text-muted">{t("checksClear")}</span>
                    ) : (
                      <span className="flex flex-col">
                        {r._count.citations > 0 ? <span className="font-semibold text-red-800">{t("quotesNotFound", { count: r._count.citations })}</span> : null}
                        {gaps.get(r.id)?.missing.length ? <span data-testid="staff-record-gap">{tw("notStated", { facts: facts(gaps.get(r.id)!.missing) })}</span> : null}
                        {gaps.get(r.id)?.uncited.length ? <span data-testid="staff-record-gap">{tw("uncited", { facts: facts(gaps.get(r.id)!.uncited) })}</span> : null}
                        {r.uncitedFacts && !gaps.get(r.id)?.uncited.length ? <span>{t("uncitedCount", { count: r.uncitedFacts })}</span> : null}
                      </span>
                    )}
                  </td>
                  <td className="p-2">{format.dateTime(r.updatedAt, { dateStyle: "medium", timeStyle: "short" })}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <StaffPager page={page} pages={pages} href={(p) => listHref({ state, visibility, q, flag, page: p })} testId="staff-pagination" />
    </div>
  );
}
