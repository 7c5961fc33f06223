import { describe, expect, it } from "vitest";
import { cacheDay } from "./day";

describe("cacheDay", () => {
  it("ends a cached read's life at the next Bangkok midnight, whatever the UTC date", () => {
    // 23:59:59 in Bangkok is 16:59:59 UTC.
    expect(cacheDay(new Date("2026-11-24T16:59:59Z"))).toEqual({ today: "2026-11-24", secondsLeft: 1 });
    expect(cacheDay(new Date("2026-11-24T17:00:00Z"))).toEqual({ today: "2026-11-25", secondsLeft: 86_400 });
    expect(cacheDay(new Date("2026-11-24T05:00:00Z"))).toEqual({ today: "2026-11-24", secondsLeft: 12 * 3600 });
  });

  it("keys the day before a transition and the day of it apart", () => {
    const before = cacheDay(new Date("2019-10-31T16:59:59.500Z"));
    const after = cacheDay(new Date("2019-10-31T17:00:00.500Z"));
    expect(before.today).toBe("2019-10-31");
    expect(after.today).toBe("2019-11-01");
    expect(before.secondsLeft).toBe(1);
  });
});
