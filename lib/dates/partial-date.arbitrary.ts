// Random partial dates for property tests (fast-check): a day from 2012 to
// 2026 at day, month or year precision, as the registry stores them.
import fc from "fast-check";
import { dayNumber, isoFromDayNumber, type PartialDate } from "@/lib/dates/partial-date";

export const partialDateArbitrary: fc.Arbitrary<PartialDate> = fc
  .record({ day: fc.integer({ min: dayNumber("2012-01-01"), max: dayNumber("2026-12-31") }), precision: fc.constantFrom("DAY" as const, "MONTH" as const, "YEAR" as const) })
  .map(({ day, precision }) => {
    const iso = isoFromDayNumber(day);
    return { date: precision === "DAY" ? iso : precision === "MONTH" ? `${iso.slice(0, 7)}-01` : `${iso.slice(0, 4)}-01-01`, precision };
  });

export const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });
