import { useLocale, useTranslations } from "next-intl";
import { formatIsoPartial } from "@/lib/dates/format";

/** A date cut to its precision, or an explicit "not stated". */
export function PartialDateText({ iso }: { iso: string | null }) {
  const t = useTranslations("Common");
  const locale = useLocale();
  if (!iso) return <span className="italic text-muted">{t("notStated")}</span>;
  return <time dateTime={iso}>{formatIsoPartial(iso, locale)}</time>;
}
