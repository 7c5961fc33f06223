import { describe, expect, it } from "vitest";
import { filterYear, formatIsoPartial } from "./format";

describe("formatIsoPartial", () => {
  it.each([
    ["2015-04-30", "th", "30 เมษายน 2558"],
    ["2015-04-30", "en", "30 April 2015"],
    ["2019-11", "th", "พฤศจิกายน 2562"],
    ["2019-11", "en", "November 2019"],
    ["2017", "th", "พ.ศ. 2560"],
    ["2017", "en", "2017"],
    // A date at the very start of a year must not slip into the previous one.
    ["2022-01-01", "th", "1 มกราคม 2565"],
  ])("%s in %s is %s", (iso, locale, expected) => {
    expect(formatIsoPartial(iso, locale)).toBe(expected);
  });
});

describe("Japanese dates (for the Japanese pages of issue 13)", () => {
  it.each([
    ["2015-04-30", "平成27年（2015年）4月30日"],
    ["2019-11", "令和元年（2019年）11月"],
    ["2019-04-30", "平成31年（2019年）4月30日"],
    ["2019-05-01", "令和元年（2019年）5月1日"],
    ["2017", "平成29年（2017年）"],
    // A year two eras share is named by both.
    ["2019", "平成31年・令和元年（2019年）"],
    ["1989", "昭和64年・平成元年（1989年）"],
    ["1989-01", "昭和64年・平成元年（1989年）1月"],
    ["1989-01-08", "平成元年（1989年）1月8日"],
  ])("%s is %s", (iso, expected) => {
    expect(formatIsoPartial(iso, "ja")).toBe(expected);
  });
});

describe("filterYear", () => {
  it("writes a filter's year as the page writes dates, in each language", () => {
    expect(filterYear(2015, "th")).toBe("2558");
    expect(filterYear(2015, "en")).toBe("2015");
    expect(filterYear(2015, "ja")).toBe("平成27年（2015年）");
    expect(filterYear(2019, "ja")).toBe("平成31年・令和元年（2019年）");
  });
});
