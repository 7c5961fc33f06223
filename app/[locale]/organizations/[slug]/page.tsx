import type { Metadata } from "next";
import { LocalizedText } from "@/components/localized-text";
import { nameIn, secondName } from "@/lib/i18n/pick";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementCardList } from "@/components/agreement-card";
import { Link } from "@/components/localized-link";
import { Pagination } from "@/components/pagination";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { PAGE_SIZE, parseListFilters } from "@/lib/agreements/filters";
import { cacheDay } from "@/lib/cache/day";
import { queryOf } from "@/lib/cache/pages";
import { publicOrganization, publicSummaries } from "@/lib/cache/public-reads";

// Cached whole like every public page (lib/cache/pages.ts); a query string
// arrives as the path segment of ./~/[query]/page.tsx, which shows this page.
export { renderOnDemand as generateStaticParams } from "@/lib/cache/pages";


type Props = { params: Promise<{ locale: Locale; slug: string; query?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const org = await publicOrganization(slug);
  if (!org) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const name = nameIn({ th: org.nameTh, en: org.nameEn, ja: org.nameJa }, locale);
  return { title: name, description: t("organizationDescription", { name }) };
}

export default async function OrganizationPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = resolvePageLocale(rawLocale);
  const org = await publicOrganization(slug);
  if (!org) notFound();
  const t = await getTranslations("OrganizationPage");
  const names = (o: { nameTh: string; nameEn: string; nameJa: string | null }) => ({ th: o.nameTh, en: o.nameEn, ja: o.nameJa });
  const name = (o: { nameTh: string; nameEn: string; nameJa: string | null }) => <LocalizedText value={names(o)} locale={locale} name />;
  const second = secondName(names(org), locale);
  // A page at a time, newest first: an organization may be party to thousands.
  const { page: requested } = parseListFilters(queryOf((await params).query));
  const result = await publicSummaries({ party: slug, page: requested, limit: PAGE_SIZE, lang: locale }, cacheDay().today);
  const agreements = result.items;
  const country = org.countryCode === "TH" || org.countryCode === "JP" ? t(`countries.${org.countryCode}`) : org.countryCode;
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t("eyebrow")}</p>
      <h1 className="text-2xl font-semibold sm:text-3xl">
        {name(org)}
        {org.abbreviation ? <span className="text-muted" lang="en"> ({org.abbreviation})</span> : null}
      </h1>
      <p className="mt-1 text-muted" lang={second.lang}>
        {second.text}
      </p>
      <dl className="mt-4 grid gap-x-6 gap-y-1 sm:grid-cols-[10rem_1fr]">
        {/* A <dl> holds either bare dt/dd or div-wrapped groups, never both (HTML, §4.4.9). */}
        <div className="contents">
          <dt className="font-semibold">{t("country")}</dt>
          <dd>{country}</dd>
        </div>
        {org.predecessor ? (
          <div className="contents">
            <dt className="font-semibold">{t("predecessor")}</dt>
            <dd>
              <Link href={`/organizations/${org.predecessor.slug}`} className="text-brand underline">
                {name(org.predecessor)}
              </Link>
            </dd>
          </div>
        ) : null}
        {org.successors.map((s) => (
          <div key={s.slug} className="contents">
            <dt className="font-semibold">{t("successor")}</dt>
            <dd>
              <Link href={`/organizations/${s.slug}`} className="text-brand underline">
                {name(s)}
              </Link>
            </dd>
          </div>
        ))}
      </dl>
      <h2 className="mt-6 font-semibold" data-testid="result-count">
        {t("agreements", { count: result.total })}
      </h2>
      <AgreementCardList agreements={agreements} locale={locale} />
      <Pagination pathname={`/organizations/${slug}`} query={{}} page={result.page} totalPages={result.totalPages} />
    </div>
  );
}
