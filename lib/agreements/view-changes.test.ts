// viewChangesOn says until when a record's page and API answer stay true
// (lib/server/answer-store.mjs keeps them that long): checked against the
// functions that compute what they show, day by day, on random records.
import fc from "fast-check";
import { maybe, partialDateArbitrary } from "@/lib/dates/partial-date.arbitrary";
import { describe, expect, it } from "vitest";
import { computeDeadlines, type DeadlineInput } from "./deadlines";
import { computeLifecycle, type LifecycleInput } from "./lifecycle";
import { viewChangesOn } from "./serialize";
import { dayNumber, isoFromDayNumber } from "@/lib/dates/partial-date";

const partial = partialDateArbitrary;

const record: fc.Arbitrary<{ lifecycle: LifecycleInput; deadlines: DeadlineInput; asOf: number }> = fc
  .record({
    cabinetApproval: maybe(partial),
    signed: maybe(partial),
    effective: maybe(partial),
    expires: maybe(partial),
    // Short terms too, so a self-renewing record changes period within the days checked.
    termMonths: maybe(fc.constantFrom(1, 6, 12, 36)),
    automaticRenewal: maybe(fc.boolean()),
    terminationNoticeMonths: maybe(fc.constantFrom(0, 1, 3, 6)),
    events: fc.array(fc.record({ type: fc.constantFrom("TERMINATION", "REPORTED_IN_EFFECT", "SIGNING"), date: maybe(partial) }), { maxLength: 2 }),
    supersededBy: fc.array(maybe(partial), { maxLength: 1 }),
    asOf: fc.integer({ min: dayNumber("2011-01-01"), max: dayNumber("2028-12-31") }),
  })
  .map((r) => ({
    lifecycle: { publicationState: "PUBLISHED" as const, cabinetApproval: r.cabinetApproval, signed: r.signed, effective: r.effective, expires: r.expires, termMonths: r.termMonths, automaticRenewal: r.automaticRenewal, events: r.events, supersededBy: r.supersededBy },
    deadlines: { signed: r.signed, effective: r.effective, expires: r.expires, termMonths: r.termMonths, automaticRenewal: r.automaticRenewal, terminationNoticeMonths: r.terminationNoticeMonths },
    asOf: r.asOf,
  }));

/** Everything a record's view computes from the day: its status and its computed dates. */
function shown(r: { lifecycle: LifecycleInput; deadlines: DeadlineInput }, day: number): string {
  const iso = isoFromDayNumber(day);
  const { changesOn: _changesOn, ...deadlines } = computeDeadlines(r.deadlines, iso);
  void _changesOn;
  return JSON.stringify([computeLifecycle(r.lifecycle, iso), deadlines]);
}

describe("viewChangesOn", () => {
  it("names the first later day whose view differs, and no day before it differs", () => {
    let changing = 0;
    fc.assert(
      fc.property(record, (r) => {
        const asOf = isoFromDayNumber(r.asOf);
        const until = viewChangesOn(r.lifecycle, computeDeadlines(r.deadlines, asOf).changesOn, asOf);
        const first = shown(r, r.asOf);
        // Up to four years on (or to the day named): every day shows what asOf showed.
        const last = until === null ? r.asOf + 1_500 : Math.min(dayNumber(until) - 1, r.asOf + 1_500);
        for (let d = r.asOf + 1; d <= last; d++) if (shown(r, d) !== first) return false;
        if (until === null) return true;
        changing++;
        expect(until > asOf).toBe(true);
        // On the day named, something shown is different.
        return shown(r, dayNumber(until)) !== first;
      }),
      { numRuns: 200 },
    );
    // The property was not met by records that never change alone.
    expect(changing).toBeGreaterThan(30);
  }, 60_000);

  it("names the day a self-renewing instrument's next period becomes the current one", () => {
    const effective = { date: "2020-01-01", precision: "DAY" as const };
    const renewing: DeadlineInput = { signed: effective, effective, expires: null, termMonths: 12, automaticRenewal: true, terminationNoticeMonths: 3 };
    // Periods end on 31 December each year: the next one is current from 1 January.
    expect(computeDeadlines(renewing, "2026-12-05").changesOn).toBe("2027-01-01");
    expect(computeDeadlines({ ...renewing, automaticRenewal: false }, "2026-12-05").changesOn).toBeNull();
  });
});
