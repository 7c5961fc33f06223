import { useTranslations } from "next-intl";

/** Said when the database fails mid-request; "try again" reloads the same address. */
export function UnavailableNotice({ retryHref }: { retryHref: string }) {
  const t = useTranslations("Unavailable");
  return (
    <div className="rounded-lg border border-line bg-paper p-8" data-testid="unavailable">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-2">{t("body")}</p>
      <a href={retryHref} className="mt-4 inline-block rounded bg-brand px-4 py-2 font-semibold text-paper no-underline">
        {t("retry")}
      </a>
    </div>
  );
}
