import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ExternalLink } from "@/components/external-link";
import { Link } from "@/components/localized-link";
import { LocalizedText } from "@/components/localized-text";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { publicSource } from "@/lib/cache/public-reads";
import { formatIsoPartial } from "@/lib/dates/format";
import { archiveFormat } from "@/lib/sources/media";
import { readableArchiveText } from "@/lib/sources/quote-check";

// Cached whole like every public page (lib/cache/pages.ts).
export { renderOnDemand as generateStaticParams } from "@/lib/cache/pages";

type Props = { params: Promise<{ locale: Locale; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await params;
  const source = await publicSource(key);
  if (!source) return {};
  const t = await getTranslations({ locale, namespace: "SourcePage" });
  return { title: source.title, description: t("description", { title: source.title }) };
}

const kib = (bytes: number) => Math.max(1, Math.round(bytes / 1024));

/**
 * A source the public records cite: where it was published, the registry's
 * archived copy of it (the text every quote is checked against, and the file
 * as archived), and the records that cite it.
 */
export default async function SourcePage({ params }: Props) {
  const { locale: rawLocale, key } = await params;
  const locale = resolvePageLocale(rawLocale);
  const source = await publicSource(key);
  if (!source) notFound();
  const t = await getTranslations("SourcePage");
  const ta = await getTranslations("AgreementPage");
  const { archive } = source;
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t("eyebrow")}</p>
      <h1 className="text-2xl font-semibold sm:text-3xl" lang={source.language}>
        {source.title}
      </h1>
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("publisher")}</dt>
        <dd>{source.publisher ? <span lang={source.language}>{source.publisher}</span> : <span className="text-muted">{ta("publisherUnknown")}</span>}</dd>
        <dt className="font-semibold">{t("published")}</dt>
        <dd>{source.publishedOn ? formatIsoPartial(source.publishedOn, locale) : <span className="text-muted">{ta("dateUnknown")}</span>}</dd>
        <dt className="font-semibold">{t("language")}</dt>
        <dd>{t(`languages.${source.language}`)}</dd>
        <dt className="font-semibold">{t("original")}</dt>
        <dd className="break-all">
          {source.url ? (
            <ExternalLink href={source.url} lang={source.language}>
              {source.url}
            </ExternalLink>
          ) : (
            <span className="text-muted">{ta("noUrl")}</span>
          )}
        </dd>
      </dl>

      <section aria-labelledby="archive-heading" className="mt-8">
        <h2 id="archive-heading" className="mb-2 border-b border-line pb-1 text-xl font-semibold">
          {t("archiveHeading")}
        </h2>
        {archive ? (
          <>
            <p className="text-sm">{t("archiveExplain")}</p>
            <dl className="mt-3 grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[12rem_1fr]" data-testid="archive-facts">
              <dt className="font-semibold">{t("retrievedOn")}</dt>
              <dd>{archive.retrievedOn ? formatIsoPartial(archive.retrievedOn, locale) : <span className="text-muted">{t("retrievedUnknown")}</span>}</dd>
              <dt className="font-semibold">{t("format")}</dt>
              <dd>{t(`formats.${archiveFormat(archive.mediaType)}`, { kib: kib(archive.byteSize) })}</dd>
              <dt className="font-semibold">{t("checksum")}</dt>
              <dd className="break-all font-mono text-xs">{archive.sha256}</dd>
            </dl>
            <p className="mt-3">
              <a href={`/api/v1/sources/${source.key}/archive`} download className="font-semibold text-brand underline" data-testid="archive-download">
                {t("download")}
              </a>
            </p>
            <h3 className="mt-4 font-semibold">{t("archivedText")}</h3>
            <div lang={source.language} className="mt-2 max-h-[40rem] overflow-y-auto whitespace-pre-wrap break-words rounded border border-line bg-paper p-4 text-sm leading-relaxed" data-testid="archived-text" tabIndex={0} role="region" aria-label={t("archivedText")}>
              {readableArchiveText(archive.text)}
            </div>
          </>
        ) : (
          <p className="text-muted" data-testid="no-archive">
            {t("noArchive")}
          </p>
        )}
      </section>

      <section aria-labelledby="citing-heading" className="mt-8">
        <h2 id="citing-heading" className="mb-2 border-b border-line pb-1 text-xl font-semibold">
          {t("citedBy", { count: source.records.length })}
        </h2>
        <ul className="list-disc space-y-1 ps-6" data-testid="citing-records">
          {source.records.map((r) => (
            <li key={r.slug}>
              <Link href={`/agreements/${r.slug}#sources`} className="text-brand underline">
                <LocalizedText value={r.title} locale={locale} />
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
