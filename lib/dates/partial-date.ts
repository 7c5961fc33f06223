// A calendar date known to a day, a month or a year. Stored as the first day
// of its period plus the precision; reasoned about as the interval of days it
// may stand for, so "November 2019" is neither 1 nor 30 November.

import type { DatePrecision } from "@/lib/enums";

export type { DatePrecision };

export interface PartialDate {
  /** ISO calendar date, the first day of the period: "2019-11-01". */
  readonly date: string;
  readonly precision: DatePrecision;
}

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

export function partialDate(value: Date | string | null | undefined, precision: DatePrecision | null | undefined): PartialDate | null {
  if (value == null || precision == null) return null;
  const iso = typeof value === "string" ? value : isoFromDbDate(value);
  return { date: normalizeStart(iso, precision), precision };
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

/** The first and last day the partial date may stand for. */
export function bounds(value: PartialDate): { first: DayNumber; last: DayNumber } {
  const first = dayNumber(value.date);
  if (value.precision === "DAY") return { first, last: first };
  const [y, m] = value.date.split("-").map(Number);
  const next = value.precision === "MONTH" ? Date.UTC(y!, m!, 1) : Date.UTC(y! + 1, 0, 1);
  return { first, last: Math.round(next / DAY_MS) - 1 };
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

/** Today's calendar date in Bangkok, where the registry's days begin and end. */
export function todayInBangkok(now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Bangkok", year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}
