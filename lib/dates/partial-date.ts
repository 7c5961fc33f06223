// A calendar date known to a day, a month or a year. Stored as the first day
// of its period plus the precision; reasoned about as the interval of days it
// may stand for, so "November 2019" is neither 1 nor 30 November.

import type { DateBound, DatePrecision } from "@/lib/enums";

export type { DateBound, DatePrecision };

export interface PartialDate {
  /** ISO calendar date, the first day of the period: "2019-11-01". */
  readonly date: string;
  readonly precision: DatePrecision;
  /**
   * A date known only as a limit: "on or before" the period (e.g. an
   * exchange reported in an item published that day) or "on or after" it.
   * Absent: the date lies within the period.
   */
  readonly bound?: DateBound;
}

// The open side of a bounded date, as a day. Beyond the years a record's
// dates may have (1900–2200, lib/editor/schema.ts), so no real date is
// confused with them; computed dates report them as "no limit" (null).
export const OPEN_PAST = dayNumberOf(1800, 1, 1);
export const OPEN_FUTURE = dayNumberOf(2300, 12, 31);
function dayNumberOf(y: number, m: number, d: number): number {
  return Math.round(Date.UTC(y, m - 1, d) / 86_400_000);
}
/** Is this day one of the open sides above (or a day computed from one)? */
export const isOpenPast = (day: number) => day < dayNumberOf(1850, 1, 1);
export const isOpenFuture = (day: number) => day > dayNumberOf(2250, 1, 1);

/** Days since 1970-01-01 (UTC calendar arithmetic, no time of day). */
export type DayNumber = number;

const DAY_MS = 86_400_000;

export function dayNumber(isoDate: string): DayNumber {
  const [y, m, d] = isoDate.split("-").map(Number);
  return Math.round(Date.UTC(y!, m! - 1, d!) / DAY_MS);
}

export function isoFromDayNumber(day: DayNumber): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** A database DATE column arrives as midnight UTC. */
export function isoFromDbDate(value: Date): string {
  return value.toISOString().slice(0, 10);
}

export function partialDate(value: Date | string | null | undefined, precision: DatePrecision | null | undefined, bound?: DateBound | null): PartialDate | null {
  if (value == null || precision == null) return null;
  const iso = typeof value === "string" ? value : isoFromDbDate(value);
  return bound ? { date: normalizeStart(iso, precision), precision, bound } : { date: normalizeStart(iso, precision), precision };
}

function normalizeStart(iso: string, precision: DatePrecision): string {
  if (precision === "YEAR") return `${iso.slice(0, 4)}-01-01`;
  if (precision === "MONTH") return `${iso.slice(0, 7)}-01`;
  return iso.slice(0, 10);
}

/** "2015-04-30", "2019-11" or "2017": the date cut to what is known. */
export function toIsoString(value: PartialDate): string {
  if (value.precision === "YEAR") return value.date.slice(0, 4);
  if (value.precision === "MONTH") return value.date.slice(0, 7);
  return value.date;
}

// How the form writes a bounded date: "<=2022-08-05" (on or before), ">=2022-08" (on or after).
const BOUND_PREFIX: Record<DateBound, string> = { ON_OR_BEFORE: "<=", ON_OR_AFTER: ">=" };

/** The form's text of a date: its ISO string, prefixed by "<=" or ">=" when it is a limit. */
export function toFormText(value: PartialDate): string {
  return `${value.bound ? BOUND_PREFIX[value.bound] : ""}${toIsoString(value)}`;
}

/**
 * Parses the form's text: "2015-04-30", "2019-11" or "2017", optionally
 * after "<=" or "≤" (on or before) or ">=" or "≥" (on or after).
 */
export function parseFormDate(text: string): PartialDate | null {
  // [\s\S]: any text at all, line breaks included (the fuzz test found "\0\n\0").
  const match = /^\s*(<=|≤|>=|≥)?\s*([\s\S]*)$/.exec(text)!;
  const parsed = parseIsoPartial(match[2]!);
  if (!parsed || !match[1]) return parsed;
  return { ...parsed, bound: match[1] === "<=" || match[1] === "≤" ? "ON_OR_BEFORE" : "ON_OR_AFTER" };
}

/** The date without its "<=" / ">=" prefix (for checks on the year typed). */
export const withoutBound = (text: string) => text.trim().replace(/^(<=|≤|>=|≥)\s*/, "");

/** Parses "2015-04-30", "2019-11" or "2017" back into a partial date. */
export function parseIsoPartial(text: string): PartialDate | null {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text.trim());
  if (!match) return null;
  const [, y, m, d] = match;
  const month = m ? Number(m) : 1;
  const day = d ? Number(d) : 1;
  if (month < 1 || month > 12) return null;
  const iso = `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (isoFromDayNumber(dayNumber(iso)) !== iso) return null;
  return { date: iso, precision: d ? "DAY" : m ? "MONTH" : "YEAR" };
}

/**
 * The first and last day the partial date may stand for. "On or before" a
 * period may be any day up to its end (the first day is open: OPEN_PAST);
 * "on or after", any day from its start (the last is open: OPEN_FUTURE).
 */
export function bounds(value: PartialDate): { first: DayNumber; last: DayNumber } {
  const first = dayNumber(value.date);
  let last = first;
  if (value.precision !== "DAY") {
    const [y, m] = value.date.split("-").map(Number);
    const next = value.precision === "MONTH" ? Date.UTC(y!, m!, 1) : Date.UTC(y! + 1, 0, 1);
    last = Math.round(next / DAY_MS) - 1;
  }
  if (value.bound === "ON_OR_BEFORE") return { first: OPEN_PAST, last };
  if (value.bound === "ON_OR_AFTER") return { first, last: OPEN_FUTURE };
  return { first, last };
}

/**
 * Adds whole months to a day, clamping to the month's end (31 Jan + 1 month
 * is 28/29 Feb), as agreements counting a term in months are read.
 */
export function addMonths(day: DayNumber, months: number): DayNumber {
  const date = new Date(day * DAY_MS);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + months;
  const lastOfTarget = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  const d = Math.min(date.getUTCDate(), lastOfTarget);
  return Math.round(Date.UTC(y, m, d) / DAY_MS);
}

// Made once: building a formatter costs far more than using it, and this is asked on every request.
const bangkokDay = new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok", year: "numeric", month: "2-digit", day: "2-digit" });

/** Today's calendar date in Bangkok, where the registry's days begin and end. */
export function todayInBangkok(now: Date = new Date()): string {
  return bangkokDay.format(now);
}
