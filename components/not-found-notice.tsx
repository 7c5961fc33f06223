import { useTranslations } from "next-intl";
import { Link } from "@/components/localized-link";

export function NotFoundNotice() {
  const t = useTranslations("NotFound");
  return (
    <div className="rounded-lg border border-line bg-paper p-8" data-testid="not-found">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-2">{t("body")}</p>
      <Link href="/agreements" className="mt-4 inline-block text-brand underline">
        {t("back")}
      </Link>
    </div>
  );
}
