import type { Metadata } from "next";
import { LocalizedText } from "@/components/localized-text";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { AffectedRecords } from "@/components/editor/entity-page";
import { SourceArchiveForm, SourceDetailsForm } from "@/components/editor/source-forms";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { formatIsoPartial } from "@/lib/dates/format";
import { readableArchiveText } from "@/lib/sources/quote-check";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { routeId } from "@/lib/http/params";
import { sourceFormValues } from "@/lib/sources/edit";
import { ARCHIVE_MAX_BYTES, archiveFormat } from "@/lib/sources/media";
import { getStaffSource } from "@/lib/sources/queries";
import { SEED_ARCHIVER } from "@/lib/sources/media";
import { ActorName } from "@/components/editor/actor-name";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("sources.editTitle"), robots: { index: false } };
}

/**
 * One source: its details and archived copy, the records a change to it
 * touches (listed before saving), every quote citing it with its check, and
 * its history.
 */
export default async function SourcePage({ params }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolvePageLocale(rawLocale);
  const staff = await requireStaff(locale, `/${locale}/editor/sources/${rawId}`);
  const id = routeId(rawId);
  const found = id === null ? null : await getStaffSource(id);
  if (!found) notFound();
  const { source, citations, history, archivedText } = found;
  const t = await getTranslations("Editor");
  const format = await getFormatter();
  const records = [...new Map(citations.map((c) => [c.agreement.id, c.agreement])).values()];
  const canEdit = can(staff.role, "edit");
  const title = (a: { titleTh: string; titleEn: string; titleJa?: string | null }) => <LocalizedText value={{ th: a.titleTh, en: a.titleEn, ja: a.titleJa }} locale={locale} name />;
  const notFoundCount = citations.filter((c) => c.quoteFound === false).length;
  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="text-sm text-muted">
          <Link href="/editor/sources" className="text-brand underline">
            {t("sources.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold" lang={source.language}>
          {source.title}
        </h1>
        {records.some((r) => r.publicationState === "PUBLISHED" && r.visibility === "PUBLIC") ? (
          <p className="text-sm">
            <Link href={`/sources/${source.key}`} className="text-brand underline">
              {t("sources.publicPage")}
            </Link>
          </p>
        ) : null}
      </div>

      <AffectedRecords locale={locale} records={records} />

      <SourceDetailsForm id={source.id} initial={sourceFormValues(source)} recordCount={records.length} canEdit={canEdit} />

      <section aria-labelledby="archive-now" className="flex flex-col gap-2">
        <h2 id="archive-now" className="text-lg font-semibold">
          {t("sources.archive")}
        </h2>
        {source.archive ? (
          <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]" data-testid="archive-summary">
            <dt className="font-semibold">{t("sources.format.label")}</dt>
            <dd>
              {t(`sources.format.${archiveFormat(source.archive.mediaType)}`)}
              {source.archive.fileName ? ` · ${source.archive.fileName}` : ""} · {format.number(Math.max(1, Math.round(source.archive.byteSize / 1024)))} KiB
            </dd>
            <dt className="font-semibold">{t("sources.retrievedOn")}</dt>
            <dd>{source.archive.retrievedOn ? formatIsoPartial(source.archive.retrievedOn.toISOString().slice(0, 10), locale) : t("sources.retrievedUnknown")}</dd>
            <dt className="font-semibold">{t("sources.archivedBy")}</dt>
            <dd>{t("sources.archivedByValue", { who: source.archive.archivedById === null && source.archive.archivedByEmail === SEED_ARCHIVER ? t("sources.seedArchiver") : source.archive.archivedByEmail, when: format.dateTime(source.archive.archivedAt, { dateStyle: "medium", timeStyle: "short" }) })}</dd>
            <dt className="font-semibold">SHA-256</dt>
            <dd className="break-all font-mono text-xs">{source.archive.sha256}</dd>
          </dl>
        ) : (
          <p className="text-sm text-muted">{t("sources.notArchivedExplain")}</p>
        )}
        {archivedText ? (
          <details className="rounded border border-line bg-paper p-2 text-sm">
            <summary className="cursor-pointer font-semibold">{t("sources.showText")}</summary>
            <div lang={source.language} className="mt-2 max-h-96 overflow-y-auto whitespace-pre-wrap break-words" data-testid="staff-archived-text">
              {readableArchiveText(archivedText)}
            </div>
          </details>
        ) : null}
        {canEdit ? <SourceArchiveForm id={source.id} today={todayInBangkok()} hasArchive={source.archive !== null} maxBytes={ARCHIVE_MAX_BYTES} /> : null}
      </section>

      <section aria-labelledby="quotes" className="flex flex-col gap-2">
        <h2 id="quotes" className="text-lg font-semibold">
          {t("sources.quotes", { count: citations.length })}
        </h2>
        {notFoundCount > 0 ? (
          <p role="status" className="rounded border border-red-800 bg-red-50 p-2 text-sm text-red-900" data-testid="quotes-not-found-summary">
            {t("quotesNotFound", { count: notFoundCount })}
          </p>
        ) : null}
        <div className="overflow-x-auto">
          <table className="w-full border-collapse bg-paper text-sm" data-testid="source-quotes">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="p-2">{t("sources.record")}</th>
                <th scope="col" className="p-2">{t("fields.fact")}</th>
                <th scope="col" className="p-2">{t("fields.quote")}</th>
                <th scope="col" className="p-2">{t("sources.check")}</th>
              </tr>
            </thead>
            <tbody>
              {citations.map((c) => (
                <tr key={c.id} className="border-b border-line align-top">
                  <td className="p-2">
                    <Link href={`/editor/agreements/${c.agreement.id}`} className="text-brand underline">
                      {title(c.agreement)}
                    </Link>
                  </td>
                  <td className="p-2">{[...new Set(c.facts.map((f) => f.fact))].map((f) => (t.has(`facts.${f}`) ? t(`facts.${f}`) : f)).join(", ")}</td>
                  <td className="p-2" lang={source.language}>
                    {c.quote}
                  </td>
                  <td className="whitespace-nowrap p-2" data-testid="quote-check">
                    {c.quoteFound === null ? <span className="text-muted">{t("sources.checkNone")}</span> : c.quoteFound ? <span className="text-green-800">{t("sources.checkFound")}</span> : <span className="font-semibold text-red-800">{t("sources.checkNotFound")}</span>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="source-history" className="flex flex-col gap-2">
        <h2 id="source-history" className="text-lg font-semibold">
          {t("sources.history")}
        </h2>
        {history.length === 0 ? (
          <p className="text-sm text-muted">{t("sources.noHistory")}</p>
        ) : (
          <ul className="flex flex-col gap-1 text-sm" data-testid="source-history-list">
            {history.map((h) => (
              <li key={h.id}>
                {format.dateTime(h.createdAt, { dateStyle: "medium", timeStyle: "short" })} · <ActorName email={h.actorEmail} /> · {t(`sources.actions.${h.action === "update" ? "update" : h.action === "replace-archive" ? "replaceArchive" : "archive"}`)}
                {h.action === "update" ? ` (${(h.changes as Array<{ field: string }>).map((c) => c.field).join(", ")})` : ""} · {t("sources.recordsTouched", { count: h.agreementIds.length })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
