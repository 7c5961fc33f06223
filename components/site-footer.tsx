import NextLink from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/components/localized-link";

export async function SiteFooter() {
  const t = await getTranslations("Navigation");
  const locale = await getLocale();
  return (
    <footer className="no-print border-t border-line bg-paper">
      <div className="mx-auto flex max-w-5xl flex-wrap justify-between gap-2 px-4 py-6 text-sm text-muted sm:px-6">
        <p>{t("footerNote")}</p>
        <span className="flex gap-4">
          <Link href="/api" className="text-brand underline">
            {t("api")}
          </Link>
          <NextLink href={`/${locale}/editor`} prefetch={false} className="text-brand underline" rel="nofollow">
            {t("staff")}
          </NextLink>
          <NextLink href={`/${locale}/feed.xml`} prefetch={false} className="text-brand underline" type="application/atom+xml">
            Atom
          </NextLink>
        </span>
      </div>
    </footer>
  );
}
