import { describe, expect, it } from "vitest";
import { addMonths, bounds, dayNumber, isoFromDayNumber, parseIsoPartial, partialDate, toIsoString, todayInBangkok } from "./partial-date";

describe("partial dates", () => {
  it.each([
    ["2015-04-30", "DAY", "2015-04-30"],
    ["2019-11-17", "MONTH", "2019-11"],
    ["2017-05-30", "YEAR", "2017"],
  ] as const)("cuts %s at %s precision to %s", (iso, precision, expected) => {
    expect(toIsoString(partialDate(iso, precision)!)).toBe(expected);
  });

  it("treats a missing date or precision as unknown", () => {
    expect(partialDate(null, "DAY")).toBeNull();
    expect(partialDate("2015-01-01", null)).toBeNull();
  });

  it.each([
    ["2015-04-30", { date: "2015-04-30", precision: "DAY" }],
    ["2019-11", { date: "2019-11-01", precision: "MONTH" }],
    ["2017", { date: "2017-01-01", precision: "YEAR" }],
    ["2019-13", null],
    ["2019-02-30", null],
    ["19-01", null],
    ["", null],
  ])("parses %j", (text, expected) => {
    expect(parseIsoPartial(text)).toEqual(expected);
  });

  it("gives the interval a month or a year stands for, leap years included", () => {
    const feb = bounds({ date: "2020-02-01", precision: "MONTH" });
    expect([isoFromDayNumber(feb.first), isoFromDayNumber(feb.last)]).toEqual(["2020-02-01", "2020-02-29"]);
    const y = bounds({ date: "2017-01-01", precision: "YEAR" });
    expect([isoFromDayNumber(y.first), isoFromDayNumber(y.last)]).toEqual(["2017-01-01", "2017-12-31"]);
  });

  it("adds months clamping to the end of shorter months", () => {
    expect(isoFromDayNumber(addMonths(dayNumber("2019-01-31"), 1))).toBe("2019-02-28");
    expect(isoFromDayNumber(addMonths(dayNumber("2016-11-15"), 36))).toBe("2019-11-15");
  });

  it("takes today's date in Bangkok, seven hours ahead of UTC", () => {
    expect(todayInBangkok(new Date("2026-11-22T17:30:00Z"))).toBe("2026-11-23");
    expect(todayInBangkok(new Date("2026-11-22T16:59:00Z"))).toBe("2026-11-22");
  });
});
