import { getLocale, getTranslations } from "next-intl/server";
import { formatIsoPartial } from "@/lib/dates/format";

/** A date cut to its precision, or an explicit "not stated". */
export async function PartialDateText({ iso }: { iso: string | null }) {
  const t = await getTranslations("Common");
  if (!iso) return <span className="italic text-muted">{t("notStated")}</span>;
  const locale = await getLocale();
  return <time dateTime={iso}>{formatIsoPartial(iso, locale)}</time>;
}
