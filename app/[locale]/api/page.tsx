import type { Metadata } from "next";
import NextLink from "next/link";
import { getTranslations } from "next-intl/server";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { queryParameters } from "@/lib/api/openapi";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "ApiPage" });
  return { title: t("title"), description: t("description") };
}

const ENDPOINTS = [
  ["list", "GET /api/v1/agreements"],
  ["one", "GET /api/v1/agreements/{slug}"],
  ["csv", "GET /api/v1/agreements.csv"],
  ["json", "GET /api/v1/agreements.json"],
  ["feed", "GET /{locale}/feed.xml"],
  ["openapi", "GET /api/v1/openapi.json"],
] as const;

// The first example searches in the page's own language.
const SEARCH_EXAMPLE: Record<Locale, string> = { th: "/api/v1/agreements?q=ไซเบอร์", en: "/api/v1/agreements?q=cybersecurity", ja: "/api/v1/agreements?q=郵便&lang=ja" };
const EXAMPLES = [
  "/api/v1/agreements?scope=postal&sort=oldest",
  "/api/v1/agreements/joint-statement-ict-2015",
  "/api/v1/agreements.csv?party=mic",
];

export default async function ApiPage({ params }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const t = await getTranslations("ApiPage");
  const code = "rounded bg-wash px-1 font-mono text-sm";
  return (
    <div className="rounded-lg border border-line bg-paper p-6 sm:p-8">
      <h1 className="text-2xl font-semibold sm:text-3xl">{t("title")}</h1>
      <p className="mt-3 max-w-3xl">{t("intro")}</p>

      <h2 className="mt-8 text-xl font-semibold text-brand">{t("endpoints")}</h2>
      <dl className="mt-3 space-y-3">
        {ENDPOINTS.map(([key, path]) => (
          <div key={key}>
            <dt>
              <code className={code} lang="en">
                {path}
              </code>
            </dt>
            <dd className="mt-1 text-muted">{t(`endpoint.${key}`)}</dd>
          </div>
        ))}
      </dl>

      <h2 className="mt-8 text-xl font-semibold text-brand">{t("parameters")}</h2>
      <div className="mt-3 overflow-x-auto">
        <table className="w-full border-collapse text-sm">
          <thead>
            <tr className="border-b border-line text-left">
              <th scope="col" className="py-2 pe-4">{t("parameter")}</th>
              <th scope="col" className="py-2 pe-4">{t("values")}</th>
              <th scope="col" className="py-2">{t("meaning")}</th>
            </tr>
          </thead>
          <tbody>
            {queryParameters.map((p) => (
              <tr key={p.name} className="border-b border-line align-top">
                <td className="py-2 pe-4">
                  <code className={code}>{p.name}</code>
                </td>
                <td className="py-2 pe-4 font-mono text-xs" lang="en">
                  {"enum" in p.schema ? p.schema.enum.join(" · ") : p.schema.type}
                </td>
                <td className="py-2">{t(`param.${p.name}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <h2 className="mt-8 text-xl font-semibold text-brand">{t("tryIt")}</h2>
      <ul className="mt-3 space-y-1">
        {[SEARCH_EXAMPLE[locale], ...EXAMPLES].map((href) => (
          <li key={href}>
            <NextLink href={href} prefetch={false} className="font-mono text-sm text-brand underline">
              <code>{href}</code>
            </NextLink>
          </li>
        ))}
      </ul>

      <h2 className="mt-8 text-xl font-semibold text-brand">{t("errors")}</h2>
      <p className="mt-2">{t("errorsText")}</p>
      <p className="mt-6">
        <NextLink href="/api/v1/openapi.json" prefetch={false} className="text-brand underline">
          {t("machineReadable")}
        </NextLink>
      </p>
    </div>
  );
}
