// Whether a record's page offers its own calendar: a pure rule the page and
// its stored copy's validity share with the calendar feed (lib/agreements/watch.ts).
import type { LifecycleStatus } from "@/lib/agreements/lifecycle";
import { addMonths, dayNumber, isoFromDayNumber, type DayNumber } from "@/lib/dates/partial-date";

/** How far back a calendar feed reaches: deadlines whose last day is at most this many months past. */
const CALENDAR_MONTHS_BACK = 3;

/** The first day a calendar made on `day` covers (the feed's SQL and the record page's link share it). */
export function calendarFrom(day: DayNumber): DayNumber {
  return addMonths(day, -CALENDAR_MONTHS_BACK);
}

type Computed = { state: "computed"; last: string | null } | { state: "notApplicable" | "cannotCompute" };

/**
 * Whether a record's own calendar (/{locale}/agreements/{slug}/deadlines.ics)
 * holds anything on the view's day, by calendarEntries' rule — the record has
 * not been terminated or superseded, and a computed deadline's last day is on
 * or after calendarFrom — and `until`, the first day it no longer will (null:
 * not before the view itself changes). The record's page offers the calendar
 * only then, and stays stored no later than `until`.
 */
export function recordCalendarReach(view: { status: LifecycleStatus; statusAsOf: string; computed: { end: Computed; noticeDeadline: Computed; nextRenewal: Computed } }): { offered: boolean; until: string | null } {
  if (view.status === "terminated" || view.status === "superseded") return { offered: false, until: null };
  const { end, noticeDeadline, nextRenewal } = view.computed;
  const lasts = [end, noticeDeadline, nextRenewal].flatMap((c) => (c.state === "computed" ? [c.last] : []));
  if (lasts.length === 0) return { offered: false, until: null };
  // A deadline open on its far side reaches every day.
  if (lasts.includes(null)) return { offered: true, until: null };
  const last = Math.max(...lasts.map((d) => dayNumber(d!)));
  const reaches = (day: DayNumber) => calendarFrom(day) <= last;
  const today = dayNumber(view.statusAsOf);
  if (!reaches(today)) return { offered: false, until: null };
  // Month lengths make the inverse of addMonths uneven: walk the (at most ~93) days instead.
  let day = Math.max(today, last) + 1;
  while (reaches(day)) day++;
  return { offered: true, until: isoFromDayNumber(day) };
}
