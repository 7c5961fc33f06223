import NextLink from "next/link";
import { getTranslations } from "next-intl/server";

export async function SiteFooter() {
  const t = await getTranslations("Navigation");
  return (
    <footer className="no-print border-t border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>{t("footerNote")}</p>
        <NextLink href="/api/v1/agreements" prefetch={false} className="text-brand underline">
          {t("footerData")}
        </NextLink>
      </div>
    </footer>
  );
}
