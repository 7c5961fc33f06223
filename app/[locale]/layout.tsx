import "../globals.css";
import { fontVariables } from "../fonts";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { ReactNode } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import { SiteChrome } from "@/components/site-chrome";
import { routing } from "@/i18n/routing";
import { feedAlternate } from "@/lib/http/feed-link";
import { siteOrigin } from "@/lib/http/origin";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    metadataBase: new URL(siteOrigin()),
    title: { default: t("homeTitle"), template: `%s · ${t("siteName")}` },
    description: t("homeDescription"),
    alternates: { types: feedAlternate(locale, t("feedTitle")) },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Navigation" });
  return (
    <html lang={locale} className={fontVariables}>
      <body className="min-h-screen font-sans antialiased">
        <SiteChrome
          // No Suspense boundary: the switch must be in the page's HTML as
          // written, for readers without JavaScript. A boundary here let React
          // stream it as a hidden segment that only a script reveals. Public
          // pages never call useSearchParams (their query is a path segment);
          // staff pages, which do, are rendered per request, where it needs no boundary.
          languageSwitch={<LanguageSwitch label={t("languageSwitch")} />}
        >
          {children}
        </SiteChrome>
      </body>
    </html>
  );
}
