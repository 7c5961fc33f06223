import { useLocale, useTranslations } from "next-intl";
import { CitationMarkers, type CitationIndex } from "@/components/citation-markers";
import type { AgreementView } from "@/lib/agreements/serialize";
import { formatIsoPartial } from "@/lib/dates/format";

/** A computed date: its day, month or year, or the range it may fall in (also the watch lists'). */
export function ComputedDateText({ first, last, precision }: { first: string | null; last: string | null; precision: string | null }) {
  const t = useTranslations("Deadlines");
  const locale = useLocale();
  // Computed from a date known only as a limit: one side is open.
  if (first === null || last === null) {
    const day = (first ?? last)!;
    return <span data-testid="computed-range">{first === null ? t("onOrBefore", { date: formatIsoPartial(day, locale) }) : t("onOrAfter", { date: formatIsoPartial(day, locale) })}</span>;
  }
  if (precision === "MONTH") return <time dateTime={first.slice(0, 7)}>{formatIsoPartial(first.slice(0, 7), locale)}</time>;
  if (precision === "YEAR") return <time dateTime={first.slice(0, 4)}>{formatIsoPartial(first.slice(0, 4), locale)}</time>;
  if (first === last) return <time dateTime={first}>{formatIsoPartial(first, locale)}</time>;
  return (
    <span data-testid="computed-range">
      {t.rich("between", {
        first: () => <time dateTime={first}>{formatIsoPartial(first, locale)}</time>,
        last: () => <time dateTime={last}>{formatIsoPartial(last, locale)}</time>,
      })}
    </span>
  );
}

/** The facts named in a sentence: "the signature date and the term". */
export function useFactList(): (facts: string[]) => string {
  const t = useTranslations("Deadlines");
  const locale = useLocale();
  return (facts) => new Intl.ListFormat(locale, { type: "conjunction" }).format(facts.map((f) => t(`facts.${f}` as "facts.termMonths")));
}

/**
 * The dates the registry computes from the stated facts (end, notice deadline,
 * next renewal), each with how it was reached and the citations of its
 * inputs, or which facts the sources leave out. Rows of the record's dates list.
 */
export function ComputedDates({ computed, citations, index }: { computed: AgreementView["computed"]; citations: Record<string, number[]>; index: CitationIndex }) {
  const t = useTranslations("Deadlines");
  const list = useFactList();
  const rows = [
    ["end", computed.end],
    ["noticeDeadline", computed.noticeDeadline],
    ["nextRenewal", computed.nextRenewal],
  ] as const;
  return (
    <>
      {rows.map(([key, value]) => (
        <div key={key} className="contents" data-testid={`computed-${key}`}>
          <dt className="font-semibold">
            {t(key)}
            <span className="block text-xs font-normal text-muted">{t("computedLabel")}</span>
          </dt>
          <dd>
            {value.state === "computed" ? (
              <>
                <ComputedDateText first={value.first} last={value.last} precision={value.precision} />
                <span className="block text-sm text-muted">
                  {t(`basis.${value.basis}`)}
                  {value.from.map((fact) => (
                    <CitationMarkers key={fact} ids={citations[fact] ?? []} index={index} fact={fact} />
                  ))}
                </span>
                {key === "noticeDeadline" && computed.noticeLongerThanTerm ? <span className="block text-sm font-semibold text-ink">{t("noticeLongerThanTerm")}</span> : null}
              </>
            ) : value.state === "cannotCompute" ? (
              <span className="italic text-muted">{t("cannotCompute", { facts: list(value.missing) })}</span>
            ) : (
              <span className="text-muted">{t(`notApplicable.${value.because}`)}</span>
            )}
          </dd>
        </div>
      ))}
    </>
  );
}
