import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementCardList } from "@/components/agreement-card";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { listAgreementViews } from "@/lib/agreements/views";
import { getScopeArea } from "@/lib/scope-areas/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: Locale; key: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, key } = await params;
  const area = await getScopeArea(key);
  if (!area) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  const label = locale === "th" ? area.labelTh : area.labelEn;
  return { title: label, description: t("scopeAreaDescription", { label }) };
}

export default async function ScopeAreaPage({ params }: Props) {
  const { locale: rawLocale, key } = await params;
  const locale = resolvePageLocale(rawLocale);
  const area = await getScopeArea(key);
  if (!area) notFound();
  const t = await getTranslations("ScopeAreaPage");
  const agreements = (await listAgreementViews()).filter((a) => a.scopeAreas.some((s) => s.key === key));
  return (
    <div>
      <p className="text-sm font-semibold uppercase tracking-wide text-muted">{t("eyebrow")}</p>
      <h1 className="text-2xl font-semibold sm:text-3xl">{locale === "th" ? area.labelTh : area.labelEn}</h1>
      <p className="mt-1 text-muted" lang={locale === "th" ? "en" : "th"}>
        {locale === "th" ? area.labelEn : area.labelTh}
      </p>
      <h2 className="mt-6 font-semibold" data-testid="result-count">
        {t("agreements", { count: agreements.length })}
      </h2>
      <AgreementCardList agreements={agreements} locale={locale} />
    </div>
  );
}
