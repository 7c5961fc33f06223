import { describe, expect, it } from "vitest";
import { formatIsoPartial } from "./format";

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
