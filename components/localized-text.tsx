import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { pick, type Bilingual } from "@/lib/i18n/pick";

/**
 * Text in the page's language; when only the other language has it, that text
 * is shown with its own `lang` and a visible label saying which it is.
 */
export function LocalizedText({ value, locale, missing = null }: { value: Bilingual | null | undefined; locale: Locale; missing?: React.ReactNode }) {
  const t = useTranslations("Common");
  const chosen = pick(value, locale);
  if (!chosen) return <>{missing}</>;
  if (!chosen.fallback) return <>{chosen.text}</>;
  return (
    <span lang={chosen.lang} data-testid="fallback-text">
      <span lang={locale} className="me-1 rounded bg-amber-50 px-1 text-xs font-semibold text-amber-900">
        {chosen.lang === "th" ? t("originalLabel") : t("translationLabel")}
      </span>
      {chosen.text}
    </span>
  );
}
