// The public page of one agreement: the most read page of the registry, and
// the one most often opened from a search engine or a shared link on a phone.
// It reads the record through the same cache as every public page and the
// API (lib/cache/public-reads.ts), so a save shows here as it shows in lists.
import { languageAlternates, openGraphLocales } from "@/lib/i18n/alternates";
import { pick } from "@/lib/i18n/pick";
import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementDetail } from "@/components/agreement-detail";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { cacheDay } from "@/lib/cache/day";
import { publicAgreement, renamedSlug } from "@/lib/cache/public-reads";
import { recordCalendarReach } from "@/lib/agreements/record-calendar";
import { feedAlternate } from "@/lib/http/feed-link";
import { siteOrigin } from "@/lib/http/origin";
import { VALID_FOR_EVER, VALID_UNTIL_META } from "@/lib/server/record-page.mjs";

// Rendered on the first request and kept whole in Next's cache until a write
// expires one of its data's tags or the Bangkok day ends (lib/cache/).
export { renderOnDemand as generateStaticParams } from "@/lib/cache/pages";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

/** A renamed record keeps its old address working; anything else is a 404. */
function missing(locale: Locale, renamed: string | null): never {
  if (renamed) permanentRedirect(`/${locale}/agreements/${renamed}`);
  notFound();
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const locale = resolvePageLocale(rawLocale);
  const view = await publicAgreement(slug, cacheDay().today);
  const t = await getTranslations({ locale, namespace: "Metadata" });
  // Decided here, before anything is streamed, so that the answer's status
  // is the redirect's or the 404's.
  if (!view) missing(locale, await renamedSlug(slug));
  const tk = await getTranslations({ locale, namespace: "Kind" });
  const ts = await getTranslations({ locale, namespace: "Status" });
  const description = t("agreementDescription", { kind: tk(view.kind), status: ts(view.status) });
  const title = pick(view.title, locale)?.text ?? view.title.en;
  const summary = pick(view.summary, locale)?.text ?? description;
  return {
    title,
    description,
    alternates: {
      canonical: `/${locale}/agreements/${slug}`,
      languages: languageAlternates(`/agreements/${slug}`),
      types: feedAlternate(locale, t("feedTitle")),
    },
    openGraph: {
      type: "article",
      title,
      description: summary,
      url: `/${locale}/agreements/${slug}`,
      siteName: t("siteName"),
      ...openGraphLocales(locale),
    },
    // The card's title and description are read from Open Graph's above (X's documented fallback): written twice, they cost a Thai page 2.5 kB.
    twitter: { card: "summary" },
    // How long this page stays true (lib/agreements/serialize.ts, viewChangesOn): read by the server
    // in front of Next, which stores the page that long (lib/server/record-page.mjs, answer-store.mjs).
    // The calendar link goes on the day the record's calendar empties (recordCalendarReach): no later.
    other: { [VALID_UNTIL_META]: [view.statusValidUntil, recordCalendarReach(view).until].filter((d): d is string => d !== null).sort()[0] ?? VALID_FOR_EVER },
  };
}

export default async function AgreementPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = resolvePageLocale(rawLocale);
  const view = await publicAgreement(slug, cacheDay().today);
  if (!view) missing(locale, await renamedSlug(slug));
  return <AgreementDetail view={view} locale={locale} pageUrl={`${siteOrigin()}/${locale}/agreements/${view.slug}`} />;
}
