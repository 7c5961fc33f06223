import { useLocale, useTranslations } from "next-intl";
import { formatIsoPartial } from "@/lib/dates/format";
import type { DateBound } from "@/lib/enums";

/** The precision a message needs to word a limit ("ไม่เกินวันที่" before a day, "ไม่เกินเดือน" before a month). */
export const precisionWord = (iso: string) => (iso.length === 10 ? "day" : iso.length === 7 ? "month" : "year");

/**
 * A date cut to its precision, or an explicit "not stated". A date known
 * only as a limit says so: "on or before 5 August 2022".
 */
export function PartialDateText({ iso, bound = null }: { iso: string | null; bound?: DateBound | null }) {
  const t = useTranslations("Common");
  const locale = useLocale();
  if (!iso) return <span className="italic text-muted">{t("notStated")}</span>;
  const text = formatIsoPartial(iso, locale);
  if (!bound) return <time dateTime={iso}>{text}</time>;
  return <span data-testid="bounded-date">{t(bound === "ON_OR_BEFORE" ? "onOrBefore" : "onOrAfter", { precision: precisionWord(iso), date: text })}</span>;
}
