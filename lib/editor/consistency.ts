// After an edit: which passages still state a cited fact's old value, and
// which other facts of the record still give it (issue 27: a signature date
// changed from 15 to 14 October while the quote says "15 ตุลาคม 2568" and the
// signing event still says 15 October). Dates are compared as dates, in the
// spellings the registry's sources use — Gregorian (English), Buddhist Era
// (Thai, Thai or Arabic digits) and Japanese (Gregorian or era years, or the
// month and day alone) — and names as names; both after the quote check's
// own folding (spaces, Thai digits, full-width forms: lib/sources/quote-check.ts).
// Pure: the form runs it as the editor types.
import { parseFormDate } from "@/lib/dates/partial-date";
import { normalizeForQuotes } from "@/lib/sources/quote-check";
import type { AgreementFormValues } from "@/lib/editor/schema";
import type { FactRef } from "@/lib/editor/facts";

const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TH_MONTHS = ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"];
const TH_MONTHS_SHORT = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A pattern for the spellings of one day or month, matched against a
 * normalized quote (no spaces). A year-only date is not looked for: a year
 * stands in too many passages for other reasons.
 */
function datePattern(value: string): RegExp | null {
  const d = value.trim() ? parseFormDate(value) : null;
  if (!d || d.precision === "YEAR") return null;
  const [y, m] = d.date.split("-").map(Number) as [number, number];
  const day = d.precision === "DAY" ? Number(d.date.slice(8, 10)) : null;
  const en = EN_MONTHS[m - 1]!;
  const months = [en, en.slice(0, 3) + "\\.?", TH_MONTHS[m - 1]!, escape(TH_MONTHS_SHORT[m - 1]!)].join("|");
  // Years: Gregorian, Buddhist Era, its two-digit form (ต.ค. 68), or none.
  const years = `(?:พ\\.?ศ\\.?|ค\\.?ศ\\.?)?(?:${y}|${y + 543}|${String(y + 543).slice(2)})`;
  const mm = String(m).padStart(2, "0");
  if (day === null) return new RegExp(`(?:(?<!\\d)(?:${months})${years}(?!\\d)|(?<!\\d)${y}年${m}月(?!\\d)|${y}-${mm}(?!-?\\d))`, "iu");
  const dd = String(day).padStart(2, "0");
  return new RegExp(
    [
      `(?<!\\d)${day}(?:st|nd|rd|th)?(?:of)?(?:${months})(?!\\p{L})`, // 15 October, 15 ตุลาคม, 15 ต.ค.
      `(?:${months})${day}(?!\\d)`, // October 15 (spaces are gone: no word boundary to look for)
      `(?<!\\d)${m}月${day}日`, // 10月15日 (with or without the year before it)
      `${y}-${mm}-${dd}`,
    ].join("|"),
    "iu",
  );
}

/** Whether a passage states a date (a day or a month; a year alone is never looked for). */
export const statesDate = (quote: string, value: string) => datePattern(value)?.test(normalizeForQuotes(quote)) ?? false;
/** Whether a passage contains a name or label, spaces and case aside (`exact`: case too, for abbreviations such as MIC). */
export const statesText = (quote: string, text: string, exact = false) => {
  const n = normalizeForQuotes(text);
  if (n.length < 2) return false;
  return exact ? normalizeForQuotes(quote).includes(n) : normalizeForQuotes(quote).toLowerCase().includes(n.toLowerCase());
};

/** One changed fact whose old value is still stated somewhere. */
export interface StaleStatement {
  fact: FactRef;
  /** The old value, as typed ("2025-10-15", a name). */
  before: string;
  after: string;
  /** Passages (by index in `citations`) that back the fact and still state the old value, not the new one. */
  passages: number[];
  /** Other facts of the record that still give the old value (the signing event's date). */
  others: FactRef[];
}

const RECORD_DATES = ["cabinetApprovalOn", "signedOn", "effectiveOn", "expiresOn"] as const;
const backs = (c: AgreementFormValues["citations"][number], f: FactRef) => c.facts.some((x) => x.fact === f.fact && x.row === f.row);

/** Every date the record gives, each as the fact that gives it. */
function datesOf(v: AgreementFormValues): Array<{ fact: FactRef; value: string }> {
  return [...RECORD_DATES.map((fact) => ({ fact: { fact, row: null }, value: v[fact] ?? "" })), ...v.events.map((e, row) => ({ fact: { fact: "event" as const, row }, value: e.date }))];
}

const sameDay = (a: string, b: string) => {
  const x = a.trim() ? parseFormDate(a) : null;
  const y = b.trim() ? parseFormDate(b) : null;
  return x !== null && y !== null && x.date === y.date && x.precision === y.precision;
};

/**
 * The facts cited in the saved record whose value the editor changed, where
 * the old value is still stated: by a passage backing the fact (that does not
 * also state the new one), or by another fact of the record. A record never
 * saved has nothing to be stale against.
 */
export function staleStatements(saved: AgreementFormValues, current: AgreementFormValues): StaleStatement[] {
  const result: StaleStatement[] = [];
  const citedBefore = (f: FactRef) => saved.citations.some((c) => backs(c, f));

  // Dates: the record's own, and the events'.
  const before = datesOf(saved);
  for (const now of datesOf(current)) {
    const old = before.find((b) => b.fact.fact === now.fact.fact && b.fact.row === now.fact.row);
    if (!old || !old.value.trim() || sameDay(old.value, now.value) || !citedBefore(now.fact)) continue;
    const passages = current.citations.flatMap((c, i) => (backs(c, now.fact) && statesDate(c.quote, old.value) && !statesDate(c.quote, now.value) ? [i] : []));
    const others = datesOf(current)
      .filter((o) => !(o.fact.fact === now.fact.fact && o.fact.row === now.fact.row) && sameDay(o.value, old.value))
      .map((o) => o.fact);
    if (passages.length || others.length) result.push({ fact: now.fact, before: old.value, after: now.value, passages, others });
  }

  // Signatories' names, in each language.
  current.signatories.forEach((s, row) => {
    const was = saved.signatories[row];
    const fact: FactRef = { fact: "signatory", row };
    if (!was || !citedBefore(fact)) return;
    for (const key of ["nameTh", "nameEn", "nameJa"] as const) {
      const oldName = (was[key] ?? "").trim();
      const newName = (s[key] ?? "").trim();
      if (!oldName || oldName === newName) continue;
      const passages = current.citations.flatMap((c, i) => (backs(c, fact) && statesText(c.quote, oldName) && !(newName && statesText(c.quote, newName)) ? [i] : []));
      if (passages.length) result.push({ fact, before: oldName, after: newName, passages, others: [] });
    }
  });
  return result;
}
