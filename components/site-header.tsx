import { getTranslations } from "next-intl/server";
import { Suspense } from "react";
import { LanguageSwitch } from "@/components/language-switch";
import { Link } from "@/components/localized-link";

export async function SiteHeader() {
  const t = await getTranslations("Navigation");
  const meta = await getTranslations("Metadata");
  return (
    <header className="no-print border-b border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <Link href="/" className="font-semibold text-brand no-underline hover:underline">
          {meta("siteName")}
        </Link>
        <nav aria-label={t("primary")} className="flex items-center gap-4 text-sm">
          <Link href="/" className="text-ink underline-offset-4 hover:underline">
            {t("home")}
          </Link>
          <Link href="/agreements" className="text-ink underline-offset-4 hover:underline">
            {t("agreements")}
          </Link>
          <Suspense fallback={null}>
            <LanguageSwitch label={t("switchTo")} ariaLabel={t("switchToLabel")} />
          </Suspense>
        </nav>
      </div>
    </header>
  );
}
