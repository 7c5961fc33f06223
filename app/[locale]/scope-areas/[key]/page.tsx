import type { Metadata } from "next";
import { LocalizedText } from "@/components/localized-text";
import { nameIn, secondName } from "@/lib/i18n/pick";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementCardList } from "@/components/agreement-card";
import { Pagination } from "@/components/pagination";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { PAGE_SIZE, parseListFilters } from "@/lib/agreements/filters";
import { cacheDay } from "@/lib/cache/day";
import { queryOf } from "@/lib/cache/pages";
import { publicScopeArea, publicSummaries } from "@/lib/cache/public-reads";

// Cached whole like every public page (lib/cache/pages.ts); a query string
// arrives as the path segment of ./~/[query]/page.tsx, which shows this page.
export { renderOnDemand as generateStaticParams } from "@/lib/cache/pages";


type Props = { params: Promise<{ locale: Locale; key: string; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await params;
  const area = await publicScopeArea(key);
  if (!area) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const label = nameIn({ th: area.labelTh, en: area.labelEn, ja: area.labelJa }, locale);
  return { title: label, description: t("scopeAreaDescription", { label }) };
}

export default async function ScopeAreaPage({ params }: Props) {
  const { locale: rawLocale, key } = await params;
  const locale = resolvePageLocale(rawLocale);
  const area = await publicScopeArea(key);
  if (!area) notFound();
  const t = await getTranslations("ScopeAreaPage");
  const labels = { th: area.labelTh, en: area.labelEn, ja: area.labelJa };
  const second = secondName(labels, locale);
  // A page at a time, newest first: an organization may be party to thousands.
  const { page: requested } = parseListFilters(queryOf((await params).query));
  const result = await publicSummaries({ scope: key, page: requested, limit: PAGE_SIZE, lang: locale }, cacheDay().today);
  const agreements = result.items;
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t("eyebrow")}</p>
      <h1 className="text-2xl font-semibold sm:text-3xl">
        <LocalizedText value={labels} locale={locale} />
      </h1>
      <p className="mt-1 text-muted" lang={second.lang}>
        {second.text}
      </p>
      <h2 className="mt-6 font-semibold" data-testid="result-count">
        {t("agreements", { count: result.total })}
      </h2>
      <AgreementCardList agreements={agreements} locale={locale} />
      <Pagination pathname={`/scope-areas/${key}`} query={{}} page={result.page} totalPages={result.totalPages} />
    </div>
  );
}
