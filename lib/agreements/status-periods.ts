// Status as a step function of the date, so that "status today" is an indexed
// range query instead of computing the lifecycle for every record.
//
// computeLifecycle (the one authority on status) compares the day it is asked
// for only against fixed days derived from the record: the first and last day
// each partial date may stand for, and term ends counted from them. Every
// comparison is of the form `asOf <= v`, `asOf < v`, `asOf > v` or `asOf >= v`,
// so its answer can only change at day v or v + 1. Evaluating the lifecycle at
// each such day (and once before all of them) and merging equal neighbours
// gives the exact periods — computed by computeLifecycle itself, never by a
// second set of rules. A unit test checks them against computeLifecycle day by
// day. Periods depend on the record alone (and the signature dates of records
// that supersede it), not on today, so they are rewritten at each save and
// need no nightly job.

import { computeLifecycle, type LifecycleBasis, type LifecycleInput, type LifecycleStatus } from "@/lib/agreements/lifecycle";
import { addMonths, bounds, isoFromDayNumber, type DayNumber, type PartialDate } from "@/lib/dates/partial-date";

export interface StatusPeriod {
  /** First day the status holds (ISO date); null: since ever. */
  from: string | null;
  /** First day it no longer holds (ISO date, exclusive); null: for ever. */
  until: string | null;
  status: LifecycleStatus;
  basis: LifecycleBasis;
}

/** Every day at which computeLifecycle's answer for `input` may change. */
function changeDays(input: LifecycleInput): DayNumber[] {
  const dates: PartialDate[] = [input.cabinetApproval, input.signed, input.effective, input.expires, ...input.events.map((e) => e.date), ...input.supersededBy].filter(
    (d): d is PartialDate => d !== null,
  );
  const values: DayNumber[] = [];
  for (const d of dates) {
    const { first, last } = bounds(d);
    values.push(first, last);
    // Term ends are counted from the start window's bounds (lifecycle.ts).
    if (input.termMonths !== null) values.push(addMonths(first, input.termMonths) - 1, addMonths(last, input.termMonths) - 1);
  }
  const days = new Set<DayNumber>();
  for (const v of values) days.add(v).add(v + 1);
  return [...days].sort((a, b) => a - b);
}

export function statusPeriods(input: LifecycleInput): StatusPeriod[] {
  const days = changeDays(input);
  const at = (day: DayNumber) => computeLifecycle(input, isoFromDayNumber(day));
  // Before the earliest change day every comparison gives the same answer.
  const periods: StatusPeriod[] = [{ from: null, until: null, ...at(days.length ? days[0]! - 1 : 0) }];
  for (const day of days) {
    const here = at(day);
    const last = periods[periods.length - 1]!;
    if (here.status === last.status && here.basis === last.basis) continue;
    const from = isoFromDayNumber(day);
    last.until = from;
    periods.push({ from, until: null, ...here });
  }
  return periods;
}
