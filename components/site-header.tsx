import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/localized-link";
import { SEARCH_INPUT_ID } from "@/lib/browser/page-script";

/**
 * `languageSwitch` differs by router: App Router pages keep the header across
 * navigations, so theirs reads the current address in the browser; a page
 * rendered whole on each visit gets a plain link built on the server.
 */
export function SiteHeader({ languageSwitch }: { languageSwitch: React.ReactNode }) {
  const t = useTranslations("Navigation");
  const tw = useTranslations("Watch");
  const meta = useTranslations("Metadata");
  const locale = useLocale();
  return (
    <header className="no-print border-b border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="font-semibold text-brand no-underline hover:underline">
          {meta("siteName")}
        </Link>
        <form role="search" action={`/${locale}/agreements`} method="get" className="order-last flex w-full gap-2 sm:order-none sm:w-auto" aria-label={t("searchLabel")}>
          <label htmlFor={SEARCH_INPUT_ID} className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id={SEARCH_INPUT_ID}
            type="search"
            name="q"
            placeholder={t("searchPlaceholder")}
            maxLength={200}
            aria-keyshortcuts="/"
            title={t("searchShortcut")}
            className="w-full rounded border border-line bg-paper px-3 py-1.5 text-sm sm:w-64"
            data-testid="site-search"
          />
          <button type="submit" className="whitespace-nowrap rounded bg-brand px-3 py-1.5 text-sm font-semibold text-paper hover:bg-brand/90">
            {t("search")}
          </button>
        </form>
        <nav aria-label={t("primary")} className="flex flex-wrap items-center gap-x-4 gap-y-2 whitespace-nowrap text-sm">
          <Link href="/" className="text-ink underline-offset-4 hover:underline">
            {t("home")}
          </Link>
          <Link href="/agreements" className="text-ink underline-offset-4 hover:underline">
            {t("agreements")}
          </Link>
          <Link href="/timeline" className="text-ink underline-offset-4 hover:underline">
            {t("timeline")}
          </Link>
          <Link href="/expiring" className="text-ink underline-offset-4 hover:underline">
            {tw("navLink")}
          </Link>
          {languageSwitch}
        </nav>
      </div>
    </header>
  );
}
