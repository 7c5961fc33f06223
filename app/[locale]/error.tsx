"use client";

import { useTranslations } from "next-intl";

// Reached when a page fails after the proxy's health check passed (e.g. the
// database went away mid-request): the same message as the 503 page.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("Unavailable");
  return (
    <div className="rounded-lg border border-line bg-paper p-8" data-testid="unavailable">
      <h1 className="text-2xl font-semibold">{t("heading")}</h1>
      <p className="mt-2">{t("body")}</p>
      <button type="button" onClick={reset} className="mt-4 rounded bg-brand px-4 py-2 font-semibold text-paper">
        {t("retry")}
      </button>
    </div>
  );
}
