import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementDetail } from "@/components/agreement-detail";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { findRenamedSlug } from "@/lib/agreements/queries";
import { feedAlternate } from "@/lib/http/feed-link";
import { getAgreementView } from "@/lib/agreements/views";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const view = await getAgreementView(slug);
  if (!view) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const tk = await getTranslations({ locale, namespace: "Kind" });
  const ts = await getTranslations({ locale, namespace: "Status" });
  const description = t("agreementDescription", { kind: tk(view.kind), status: ts(view.status) });
  return {
    title: view.title[locale],
    description,
    alternates: {
      canonical: `/${locale}/agreements/${slug}`,
      languages: { th: `/th/agreements/${slug}`, en: `/en/agreements/${slug}` },
      types: feedAlternate(locale, t("feedTitle")),
    },
    openGraph: {
      type: "article",
      title: view.title[locale],
      description: view.summary?.[locale] ?? description,
      url: `/${locale}/agreements/${slug}`,
      siteName: t("siteName"),
      locale: locale === "th" ? "th_TH" : "en_GB",
      alternateLocale: locale === "th" ? "en_GB" : "th_TH",
    },
  };
}

export default async function AgreementPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = resolvePageLocale(rawLocale);
  const view = await getAgreementView(slug);
  if (!view) {
    // A renamed record keeps its old address working.
    const renamed = await findRenamedSlug(slug);
    if (renamed) permanentRedirect(`/${locale}/agreements/${renamed}`);
    notFound();
  }

  return <AgreementDetail view={view} locale={locale} />;
}
