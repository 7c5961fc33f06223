// The parts every shared-entity staff page has (server components): the
// list with search and pages, the records a change touches (shown before
// saving), and the entity's history.
import { ActorName } from "@/components/editor/actor-name";
import { LocalizedText } from "@/components/localized-text";
import type { Locale } from "@/i18n/locales";
import { secondName } from "@/lib/i18n/pick";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/components/localized-link";
import { listHref } from "@/lib/editor/list-params";
import { StaffPager } from "@/components/editor/staff-pager";
import type { EntityRow } from "@/lib/entities/queries";


export async function EntityList({ locale, base, title, intro, q, page, rows, total, pages }: { locale: string; base: string; title: string; intro: string; q: string; page: number; rows: EntityRow[]; total: number; pages: number }) {
  const t = await getTranslations("Editor");
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="text-sm text-muted">{intro}</p>
      <form method="get" action={`/${locale}${base}`} className="flex flex-wrap gap-2" role="search" aria-label={t("entities.search")}>
        <label htmlFor="entity-q" className="sr-only">
          {t("entities.search")}
        </label>
        <input id="entity-q" name="q" type="search" defaultValue={q} maxLength={200} placeholder={t("entities.search")} className="w-full rounded border border-line bg-paper px-2 py-1 text-sm sm:w-80" />
        <button type="submit" className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
          {t("find")}
        </button>
      </form>
      <p className="text-sm text-muted" data-testid="entity-count">
        {t("entities.count", { count: total })}
      </p>
      {rows.length ? (
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-paper text-sm" data-testid="entity-list">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="p-2">{t("entities.name")}</th>
                <th scope="col" className="p-2">{t("entities.otherLanguage")}</th>
                <th scope="col" className="p-2">{t("entities.records")}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id} className="border-b border-line align-top">
                  <td className="p-2">
                    <Link href={`${base}/${r.id}`} className="text-brand underline">
                      <LocalizedText value={r} locale={locale as Locale} name />
                    </Link>
                    {r.extra ? (
                      <span className="block text-xs text-muted" lang={r.extraLang ?? "en"}>
                        {/* Codes (a scope area's key, an abbreviation and country code) or a Japanese name. */}
                        {r.extraLang ? r.extra : <code>{r.extra}</code>}
                      </span>
                    ) : null}
                  </td>
                  <td className="p-2" lang={secondName(r, locale as Locale).lang}>
                    {secondName(r, locale as Locale).text}
                  </td>
                  <td className="p-2">{r.records}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="text-muted">{t("entities.none")}</p>
      )}
      <StaffPager page={page} pages={pages} href={(p) => listHref(base, { q, page: p })} />
    </div>
  );
}

type RecordRow = { id: number; titleTh: string; titleEn: string; titleJa?: string | null; publicationState: string };

export async function AffectedRecords({ locale, records }: { locale: string; records: RecordRow[] }) {
  const t = await getTranslations("Editor");
  return (
    <section aria-labelledby="affected" className="rounded border border-amber-700 bg-amber-50 p-4 text-sm" data-testid="affected-records">
      <h2 id="affected" className="font-semibold">
        {t("sources.affects", { count: records.length })}
      </h2>
      <ul className="mt-1 list-disc ps-5">
        {records.map((r) => (
          <li key={r.id}>
            <Link href={`/editor/agreements/${r.id}`} className="text-brand underline">
              <LocalizedText value={{ th: r.titleTh, en: r.titleEn, ja: r.titleJa }} locale={locale as Locale} name />
            </Link>{" "}
            <span className="text-muted">({t(`state.${r.publicationState}`)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

export async function EntityHistory({ history }: { history: Array<{ id: number; createdAt: Date; actorEmail: string; action: string; changes: unknown; agreementIds: number[]; before: unknown }> }) {
  const t = await getTranslations("Editor");
  const format = await getFormatter();
  return (
    <section aria-labelledby="entity-history" className="flex flex-col gap-2">
      <h2 id="entity-history" className="text-lg font-semibold">
        {t("sources.history")}
      </h2>
      {history.length === 0 ? (
        <p className="text-sm text-muted">{t("sources.noHistory")}</p>
      ) : (
        <ul className="flex flex-col gap-1 text-sm" data-testid="entity-history-list">
          {history.map((h) => {
            const merged = h.action === "merge" ? (h.before as { nameEn?: string; labelEn?: string; nameTh?: string; labelTh?: string } | null) : null;
            return (
              <li key={h.id}>
                {format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })} · <ActorName email={h.actorEmail} /> ·{" "}
                {merged
                  ? t("entities.mergedEntry", { name: `${merged.nameEn ?? merged.labelEn ?? ""} / ${merged.nameTh ?? merged.labelTh ?? ""}` })
                  : `${t("sources.actions.update")} (${(h.changes as Array<{ field: string }>).map((c) => c.field).join(", ")})`}{" "}
                · {t("sources.recordsTouched", { count: h.agreementIds.length })}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
