import fc from "fast-check";
import { maybe, partialDateArbitrary } from "@/lib/dates/partial-date.arbitrary";
import { describe, expect, it } from "vitest";
import { computeLifecycle, type LifecycleInput } from "./lifecycle";
import { statusPeriods, type StatusPeriod } from "./status-periods";
import { dayNumber, isoFromDayNumber } from "@/lib/dates/partial-date";

const START = dayNumber("2010-01-01");
const END = dayNumber("2032-12-31");

const partial = partialDateArbitrary;

const input: fc.Arbitrary<LifecycleInput> = fc.record({
  publicationState: fc.constantFrom("DRAFT" as const, "PUBLISHED" as const, "ARCHIVED" as const),
  cabinetApproval: maybe(partial),
  signed: maybe(partial),
  effective: maybe(partial),
  expires: maybe(partial),
  termMonths: maybe(fc.constantFrom(6, 12, 36, 60)),
  automaticRenewal: maybe(fc.boolean()),
  events: fc.array(fc.record({ type: fc.constantFrom("TERMINATION", "REPORTED_IN_EFFECT", "SIGNING", "EXCHANGE", "SUMMIT"), date: maybe(partial) }), { maxLength: 3 }),
  supersededBy: fc.array(maybe(partial), { maxLength: 1 }),
});

function statusOn(periods: StatusPeriod[], iso: string) {
  return periods.find((p) => (p.from === null || p.from <= iso) && (p.until === null || iso < p.until));
}

describe("statusPeriods", () => {
  it("agrees with computeLifecycle on every day from 2010 to 2032", () => {
    fc.assert(
      fc.property(input, (i) => {
        const periods = statusPeriods(i);
        for (let d = START; d <= END; d++) {
          const iso = isoFromDayNumber(d);
          const expected = computeLifecycle(i, iso);
          const found = statusOn(periods, iso);
          if (found?.status !== expected.status || found.basis !== expected.basis) return false;
        }
        return true;
      }),
      { numRuns: 80 },
    );
    // 80 records × 8,400 days: seconds on a busy machine, so a timeout far above it.
  }, 60_000);

  it("covers all time with periods that do not overlap and differ from their neighbours", () => {
    fc.assert(
      fc.property(input, (i) => {
        const periods = statusPeriods(i);
        expect(periods[0]!.from).toBeNull();
        expect(periods.at(-1)!.until).toBeNull();
        for (let k = 1; k < periods.length; k++) {
          expect(periods[k]!.from).toBe(periods[k - 1]!.until);
          expect(periods[k]!.from! > (periods[k - 1]!.from ?? "")).toBe(true);
          expect(`${periods[k]!.status}/${periods[k]!.basis}`).not.toBe(`${periods[k - 1]!.status}/${periods[k - 1]!.basis}`);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("gives the 2017 MoC's path from approval to an unclear status", () => {
    const periods = statusPeriods({
      publicationState: "PUBLISHED",
      cabinetApproval: { date: "2017-05-30", precision: "DAY" },
      signed: null,
      effective: null,
      expires: null,
      termMonths: 60,
      automaticRenewal: null,
      events: [{ type: "REPORTED_IN_EFFECT", date: { date: "2019-12-01", precision: "MONTH" } }],
      supersededBy: [],
    });
    // The term ran from some day between approval and the report: it may
    // have ended from 30 May 2022, and surely has after 30 December 2024.
    expect(periods.map((p) => [p.from, p.status, p.basis])).toEqual([
      [null, "unknown", "nothingStated"],
      ["2017-05-30", "approved", "approvedNotSigned"],
      ["2019-12-31", "in_effect", "inEffectWithinTerm"],
      ["2022-05-30", "unknown", "termMayHaveEnded"],
      ["2024-12-31", "unknown", "termEndedRenewalNotStated"],
    ]);
  });
});
