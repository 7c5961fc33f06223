// Dates the registry computes from what the sources state: when a record's
// validity ends, the last day to give notice of termination, and for an
// instrument that renews itself, its next renewal. Beside lifecycle.ts and
// with the same rules for partial dates: a date known to a month or a year
// stands for a range of days, so a date computed from it is a range too
// (first and last possible day), and it is labelled with a precision only
// when that range is exactly a month or a year. When an input is missing the
// answer says which, and nothing is guessed.
//
// Conventions, the same as lifecycle.ts:
// - a term of N months counted from the start of effect S ends on the day
//   before S + N months (a year from 1 January 2020 is 31 December 2020);
//   months are added with the month's end clamped (31 Jan + 1 month = 28/29 Feb);
// - effect is counted from the stated date of entry into effect only. Where
//   the sources say an instrument took effect on signature, the editor records
//   that date (cited) as its effect date; a signature date alone is no start.
// - the last day to give notice is the end minus the notice period, with the
//   same arithmetic: never later than the most lenient reading of the clause;
// - an instrument that renews itself renews for the same term, each period
//   counted from the first start (so month ends do not drift).
import { addMonths, bounds, dayNumber, isOpenFuture, isOpenPast, isoFromDayNumber, type DatePrecision, type DayNumber, type PartialDate } from "@/lib/dates/partial-date";

/** The record's facts a computed date may be derived from (names as in citations' `fact`). */
export type DeadlineFact = "expiresOn" | "effectiveOn" | "signedOn" | "termMonths" | "automaticRenewal" | "terminationNoticeMonths";

export interface DeadlineInput {
  signed: PartialDate | null;
  effective: PartialDate | null;
  expires: PartialDate | null;
  termMonths: number | null;
  automaticRenewal: boolean | null;
  terminationNoticeMonths: number | null;
}

/** How a computed date was reached; each has a sentence in messages (Deadlines.basis). */
export type DeadlineBasis = "endStated" | "endFromEffectAndTerm" | "renewalPeriodEnd" | "noticeBeforeEnd" | "nextRenewal";

export interface ComputedDate {
  /**
   * First and last day the date may be (ISO); equal when known to the day;
   * null on a side with no limit (computed from a date known only as "on or
   * before" or "on or after" a day).
   */
  first: string | null;
  last: string | null;
  /** DAY, MONTH or YEAR when the range is exactly one; RANGE otherwise. */
  precision: DatePrecision | "RANGE";
  basis: DeadlineBasis;
  /** The facts it was computed from, whose citations back it. */
  from: DeadlineFact[];
}

export type Computation =
  | { kind: "computed"; date: ComputedDate }
  /** Cannot be computed: these facts are not stated in the sources. */
  | { kind: "missing"; missing: DeadlineFact[] }
  /** Does not apply: the sources say it does not renew itself, or state when it ends. */
  | { kind: "none"; because: "noAutomaticRenewal" | "endStated" };

export interface Deadlines {
  end: Computation;
  noticeDeadline: Computation;
  nextRenewal: Computation;
  /** The notice period is longer than the whole term: notice was due before the instrument began. */
  noticeLongerThanTerm: boolean;
  /**
   * The first day after `asOf` on which these answers differ (ISO date), or
   * null when they never do: for a self-renewing instrument, the day after
   * the current period's last possible day, when the next period becomes the
   * current one. Nothing else here depends on the day asked for.
   */
  changesOn: string | null;
}

interface Range {
  first: DayNumber;
  last: DayNumber;
}

function precisionOf({ first, last }: Range): ComputedDate["precision"] {
  if (first === last) return "DAY";
  const a = isoFromDayNumber(first);
  const monthEnd = addMonths(dayNumber(`${a.slice(0, 7)}-01`), 1) - 1;
  if (a.endsWith("-01") && last === monthEnd) return "MONTH";
  const yearEnd = dayNumber(`${a.slice(0, 4)}-12-31`);
  if (a.endsWith("-01-01") && last === yearEnd) return "YEAR";
  return "RANGE";
}

const computed = (range: Range, basis: DeadlineBasis, from: DeadlineFact[]): Computation => ({
  kind: "computed",
  date: {
    first: isOpenPast(range.first) ? null : isoFromDayNumber(range.first),
    last: isOpenFuture(range.last) ? null : isoFromDayNumber(range.last),
    precision: isOpenPast(range.first) || isOpenFuture(range.last) ? "RANGE" : precisionOf(range),
    basis,
    from,
  },
});

/** The last day of the k-th period (k = 1: the first term) counted from a start range. */
const periodEnd = (start: Range, term: number, k: number): Range => ({ first: addMonths(start.first, term * k) - 1, last: addMonths(start.last, term * k) - 1 });

/**
 * The computed dates of a record, as of `asOfIso` (which decides only which
 * renewal period is the current one).
 */
export function computeDeadlines(input: DeadlineInput, asOfIso: string): Deadlines {
  const asOf = dayNumber(asOfIso);
  const term = input.termMonths;
  const start = input.effective ? bounds(input.effective) : null;
  const renews = input.automaticRenewal === true && !input.expires && term !== null && term > 0;

  // The end of the current period: stated; or the start of effect plus the
  // term (for a renewing instrument, the first period end not yet past).
  let end: Computation;
  let endRange: Range | null = null;
  let endFacts: DeadlineFact[] = [];
  let renewalPeriod = 1;
  if (input.expires) {
    endRange = bounds(input.expires);
    endFacts = ["expiresOn"];
    end = computed(endRange, "endStated", endFacts);
  } else if (term === null || !start) {
    const missing: DeadlineFact[] = [];
    if (!start) missing.push(...(input.signed ? ["effectiveOn" as const] : ["signedOn" as const, "effectiveOn" as const]));
    if (term === null) missing.push("termMonths");
    end = { kind: "missing", missing };
  } else {
    if (renews) while (periodEnd(start, term, renewalPeriod).last < asOf) renewalPeriod++;
    endRange = periodEnd(start, term, renewalPeriod);
    endFacts = renews ? ["effectiveOn", "termMonths", "automaticRenewal"] : ["effectiveOn", "termMonths"];
    end = computed(endRange, renews && renewalPeriod > 1 ? "renewalPeriodEnd" : "endFromEffectAndTerm", endFacts);
  }

  let noticeDeadline: Computation;
  if (input.terminationNoticeMonths === null) {
    noticeDeadline = { kind: "missing", missing: [...(end.kind === "missing" ? end.missing : []), "terminationNoticeMonths"] };
  } else if (!endRange) {
    noticeDeadline = end;
  } else {
    const n = input.terminationNoticeMonths;
    noticeDeadline = computed({ first: addMonths(endRange.first, -n), last: addMonths(endRange.last, -n) }, "noticeBeforeEnd", [...endFacts, "terminationNoticeMonths"]);
  }

  let nextRenewal: Computation;
  if (input.automaticRenewal === false) nextRenewal = { kind: "none", because: "noAutomaticRenewal" };
  else if (input.expires) nextRenewal = { kind: "none", because: "endStated" };
  else if (input.automaticRenewal === null) nextRenewal = { kind: "missing", missing: ["automaticRenewal"] };
  else if (!endRange) nextRenewal = end;
  else nextRenewal = computed({ first: endRange.first + 1, last: endRange.last + 1 }, "nextRenewal", endFacts);

  // Notice due before the instrument even began (within its first period).
  const noticeLongerThanTerm = term !== null && input.terminationNoticeMonths !== null && input.terminationNoticeMonths > term;

  const changesOn = renews && endRange && !isOpenFuture(endRange.last) ? isoFromDayNumber(endRange.last + 1) : null;

  return { end, noticeDeadline, nextRenewal, noticeLongerThanTerm, changesOn };
}

/** A dated deadline of a record, as stored for the "what needs attention" lists. */
export interface DeadlineEvent {
  kind: "END" | "NOTICE" | "RENEWAL";
  first: string;
  last: string;
  precision: ComputedDate["precision"];
  basis: DeadlineBasis;
}

/**
 * Every deadline of a record up to `untilIso`: its end and notice deadline;
 * for an instrument that renews itself, each period's notice deadline and
 * renewal. Independent of today, so it is stored at each save (derived.ts)
 * and "due in the next N months" becomes a range query.
 */
export function deadlineEvents(input: DeadlineInput, untilIso: string): DeadlineEvent[] {
  const until = dayNumber(untilIso);
  const events: DeadlineEvent[] = [];
  // A deadline known only as "on or before" or "on or after" a day (computed
  // from a bounded date) cannot be placed in a window or on a calendar: the
  // record's page and the API give it; the lists and feeds leave it out.
  const push = (kind: DeadlineEvent["kind"], c: Computation) => {
    if (c.kind === "computed" && c.date.first !== null && c.date.last !== null) events.push({ kind, first: c.date.first, last: c.date.last, precision: c.date.precision, basis: c.date.basis });
  };
  const renews = input.automaticRenewal === true && !input.expires && input.termMonths !== null && input.termMonths > 0 && input.effective !== null;
  if (!renews) {
    const d = computeDeadlines(input, untilIso);
    push("END", d.end);
    push("NOTICE", d.noticeDeadline);
    return events;
  }
  // Asked as of the first day of each period in turn, computeDeadlines gives
  // that period's notice deadline and renewal.
  let asOf = bounds(input.effective!).first;
  while (asOf <= until && events.length < 400) {
    const d = computeDeadlines(input, isoFromDayNumber(asOf));
    push("NOTICE", d.noticeDeadline);
    push("RENEWAL", d.nextRenewal);
    if (d.nextRenewal.kind !== "computed" || d.nextRenewal.date.last === null) break;
    asOf = dayNumber(d.nextRenewal.date.last);
  }
  return events;
}
