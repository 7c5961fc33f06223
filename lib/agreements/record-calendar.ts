// Whether a record's page offers its own calendar: a pure rule the page and
// its stored copy's validity share with the calendar feed (lib/agreements/watch.ts).
import type { LifecycleStatus } from "@/lib/agreements/lifecycle";
import { addMonths, dayNumber, isoFromDayNumber } from "@/lib/dates/partial-date";

/** How far back a calendar feed reaches: deadlines whose last day is at most this many months past. */
export const CALENDAR_MONTHS_BACK = 3;

/**
 * Whether a record's own calendar (/{locale}/agreements/{slug}/deadlines.ics)
 * holds anything on the view's day, by calendarEntries' rule — the record has
 * not been terminated or superseded, and a computed deadline's last day is at
 * most CALENDAR_MONTHS_BACK months past — and `until`, the first day it no
 * longer will (null: not before the view itself changes). The record's page
 * offers the calendar only then, and stays stored no later than `until`.
 */
export function recordCalendarReach(view: { status: LifecycleStatus; statusAsOf: string; computed: Record<string, unknown> }): { offered: boolean; until: string | null } {
  if (view.status === "terminated" || view.status === "superseded") return { offered: false, until: null };
  const lasts = Object.values(view.computed).flatMap((c) => (c !== null && typeof c === "object" && "state" in c && c.state === "computed" ? [(c as unknown as { last: string | null }).last] : []));
  if (lasts.length === 0) return { offered: false, until: null };
  // A deadline open on its far side reaches every day.
  if (lasts.includes(null)) return { offered: true, until: null };
  const last = Math.max(...lasts.map((d) => dayNumber(d!)));
  const reaches = (day: number) => addMonths(day, -CALENDAR_MONTHS_BACK) <= last;
  const today = dayNumber(view.statusAsOf);
  if (!reaches(today)) return { offered: false, until: null };
  // Month lengths make the inverse of addMonths uneven: walk the (at most ~93) days instead.
  let day = Math.max(today, last) + 1;
  while (reaches(day)) day++;
  return { offered: true, until: isoFromDayNumber(day) };
}

