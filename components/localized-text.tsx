import { useTranslations } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { pick, type Bilingual } from "@/lib/i18n/pick";

/**
 * Text in the page's language; when only another language has it, that text
 * is shown with its own `lang` and a visible label saying which it is (on a
 * Japanese page: 英語 or タイ語). Names (`name`) get only the `lang`: a body's
 * or a person's Latin-script name on a Japanese page is a name, not an
 * untranslated text.
 */
export function LocalizedText({ value, locale, missing = null, name = false }: { value: Bilingual | null | undefined; locale: Locale; missing?: React.ReactNode; name?: boolean }) {
  const t = useTranslations("Common");
  const chosen = pick(value, locale);
  if (!chosen) return <>{missing}</>;
  if (!chosen.fallback) return <>{chosen.text}</>;
  if (name) return <span lang={chosen.lang}>{chosen.text}</span>;
  return (
    <span lang={chosen.lang} data-testid="fallback-text">
      <span lang={locale} className="me-1 rounded bg-amber-50 px-1 text-xs font-semibold text-amber-900">
        {chosen.lang === "th" ? t("originalLabel") : t("translationLabel")}
      </span>
      {chosen.text}
    </span>
  );
}
