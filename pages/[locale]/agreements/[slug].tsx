// The public page of one agreement: the most read page of the registry, and
// the one most often opened from a search engine or a shared link on a phone.
//
// Why the Pages Router here, when every other page is in app/: an App Router
// page always loads Next's client runtime (React DOM, the router: ~130 kB
// gzipped, measured by `npm run bench:weight`) even when nothing on it is
// interactive, and the App Router has no way to turn that off. This page needs
// none of it (citations open with <details>, links and the search form work as
// plain HTML, "/" and the print button come from the small inline page script),
// so it is rendered here with `unstable_runtimeJS: false` and sends no
// JavaScript files at all. It renders the same components as the App Router
// pages (SiteChrome, AgreementDetail), which are synchronous for that reason.
import type { GetServerSideProps, PageConfig } from "next";
import Head from "next/head";
import { hasLocale, NextIntlClientProvider, useTranslations } from "next-intl";
import { AgreementDetail } from "@/components/agreement-detail";
import { NotFoundNotice } from "@/components/not-found-notice";
import { SiteChrome } from "@/components/site-chrome";
import { StaticLanguageSwitch } from "@/components/static-language-switch";
import { UnavailableNotice } from "@/components/unavailable-notice";
import { timeZone } from "@/i18n/locales";
import { routing, type Locale } from "@/i18n/routing";
import { findRenamedSlug } from "@/lib/agreements/queries";
import type { AgreementView } from "@/lib/agreements/serialize";
import { getAgreementView } from "@/lib/agreements/views";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { originFromHeaders } from "@/lib/http/site-origin";
import en from "@/messages/en.json";
import th from "@/messages/th.json";

export const config: PageConfig = { unstable_runtimeJS: false };

type Props = { locale: Locale; path: string; origin: string; view: AgreementView | null; state: "found" | "not-found" | "unavailable" };

export const getServerSideProps: GetServerSideProps<Props> = async ({ params, req, res, resolvedUrl }) => {
  const locale = hasLocale(routing.locales, params?.locale) ? params.locale : routing.defaultLocale;
  const slug = String(params?.slug);
  const origin = originFromHeaders({ get: (name) => [req.headers[name]].flat()[0] ?? null });
  const base = { locale, path: resolvedUrl, origin, view: null };
  try {
    const view = await getAgreementView(slug);
    if (view) return { props: { ...base, view, state: "found" } };
    // A renamed record keeps its old address working.
    const renamed = await findRenamedSlug(slug);
    if (renamed) return { redirect: { destination: `/${locale}/agreements/${renamed}`, permanent: true } };
    res.statusCode = 404;
    return { props: { ...base, state: "not-found" } };
  } catch (error) {
    // The database went away after the proxy's health check passed: the same
    // words as the proxy's 503 page. Anything else is a bug and stays a 500.
    if (!isDatabaseUnavailable(error)) throw error;
    console.error(error);
    res.statusCode = 503;
    res.setHeader("retry-after", "30");
    res.setHeader("cache-control", "no-store");
    return { props: { ...base, state: "unavailable" } };
  }
};

export default function AgreementPage(props: Props) {
  return (
    <NextIntlClientProvider locale={props.locale} messages={props.locale === "en" ? en : th} timeZone={timeZone}>
      <Page {...props} />
    </NextIntlClientProvider>
  );
}

const agreementUrl = (origin: string, locale: Locale, slug: string) => `${origin}/${locale}/agreements/${slug}`;

function Page({ locale, path, origin, view, state }: Props) {
  const t = useTranslations("Navigation");
  return (
    <SiteChrome languageSwitch={<StaticLanguageSwitch locale={locale} path={path} label={t("switchTo")} ariaLabel={t("switchToLabel")} />}>
      {view ? <AgreementHead view={view} locale={locale} origin={origin} /> : <StatusHead state={state} />}
      {view ? <AgreementDetail view={view} locale={locale} pageUrl={agreementUrl(origin, locale, view.slug)} /> : state === "not-found" ? <NotFoundNotice /> : <UnavailableNotice retryHref={path} />}
    </SiteChrome>
  );
}

const viewport = <meta name="viewport" content="width=device-width, initial-scale=1" />;

/** The head the App Router's metadata gave this page: title, description, alternates, Open Graph. */
function AgreementHead({ view, locale, origin }: { view: AgreementView; locale: Locale; origin: string }) {
  const t = useTranslations("Metadata");
  const tk = useTranslations("Kind");
  const ts = useTranslations("Status");
  const url = (l: Locale) => agreementUrl(origin, l, view.slug);
  const title = view.title[locale];
  const description = t("agreementDescription", { kind: tk(view.kind), status: ts(view.status) });
  const summary = view.summary?.[locale] ?? description;
  return (
    <Head>
      {viewport}
      <title>{`${title} · ${t("siteName")}`}</title>
      <meta name="description" content={description} />
      <link rel="canonical" href={url(locale)} />
      {routing.locales.map((l) => (
        <link key={l} rel="alternate" hrefLang={l} href={url(l)} />
      ))}
      <link rel="alternate" type="application/atom+xml" href={`${origin}/${locale}/feed.xml`} title={t("feedTitle")} />
      <meta property="og:title" content={title} />
      <meta property="og:description" content={summary} />
      <meta property="og:url" content={url(locale)} />
      <meta property="og:site_name" content={t("siteName")} />
      <meta property="og:locale" content={locale === "th" ? "th_TH" : "en_GB"} />
      <meta property="og:locale:alternate" content={locale === "th" ? "en_GB" : "th_TH"} />
      <meta property="og:type" content="article" />
      <meta name="twitter:card" content="summary" />
      <meta name="twitter:title" content={title} />
      <meta name="twitter:description" content={summary} />
    </Head>
  );
}

function StatusHead({ state }: { state: Props["state"] }) {
  const t = useTranslations("Metadata");
  const tn = useTranslations("NotFound");
  return (
    <Head>
      {viewport}
      <title>{`${state === "not-found" ? tn("heading") : t("unavailableTitle")} · ${t("siteName")}`}</title>
      <meta name="robots" content="noindex" />
    </Head>
  );
}
