import { describe, expect, it } from "vitest";
import { madeBeforeToday } from "./shared-cache-handler.mjs";

describe("madeBeforeToday", () => {
  // 23:59:59 in Bangkok is 16:59:59 UTC.
  const lastSecond = Date.parse("2019-10-31T16:59:59Z");
  const midnight = Date.parse("2019-10-31T17:00:00Z");

  it("keeps an entry made a second before Bangkok midnight until midnight, and not a moment after", () => {
    expect(madeBeforeToday(lastSecond, lastSecond + 500)).toBe(false);
    expect(madeBeforeToday(lastSecond, midnight)).toBe(true);
    expect(madeBeforeToday(lastSecond, midnight + 3_600_000)).toBe(true);
  });

  it("keeps an entry made after midnight all day, whatever the UTC date", () => {
    expect(madeBeforeToday(midnight, midnight)).toBe(false);
    expect(madeBeforeToday(midnight + 1, Date.parse("2019-11-01T16:59:59Z"))).toBe(false);
    expect(madeBeforeToday(midnight + 1, Date.parse("2019-11-01T17:00:00Z"))).toBe(true);
  });
});
