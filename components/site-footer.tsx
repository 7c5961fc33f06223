import NextLink from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { Link } from "@/components/localized-link";

export function SiteFooter() {
  const t = useTranslations("Navigation");
  const locale = useLocale();
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
