import { describe, expect, it } from "vitest";
import { computeDeadlines } from "@/lib/agreements/deadlines";
import { computeLifecycle, type LifecycleInput } from "@/lib/agreements/lifecycle";
import { dateLimits } from "@/lib/agreements/serialize";
import { bounds, dayNumber, parseFormDate, toFormText } from "@/lib/dates/partial-date";
import { dateOf, partialDateText } from "@/lib/editor/schema";

describe("dates known only as a limit", () => {
  it("are typed with <= or >= (or ≤, ≥) and written back the same way", () => {
    expect(parseFormDate("<=2022-08-05")).toEqual({ date: "2022-08-05", precision: "DAY", bound: "ON_OR_BEFORE" });
    expect(parseFormDate("≥ 2019-11")).toEqual({ date: "2019-11-01", precision: "MONTH", bound: "ON_OR_AFTER" });
    expect(parseFormDate("2017")).toEqual({ date: "2017-01-01", precision: "YEAR" });
    expect(toFormText(parseFormDate("<=2022-08-05")!)).toBe("<=2022-08-05");
    expect(toFormText(parseFormDate(">=2019-11")!)).toBe(">=2019-11");
    expect(parseFormDate("<2022-08-05")).toBeNull();
    // Any text at all is an answer, never an exception (found by the fuzz test).
    expect(parseFormDate("\u0000\n\u0000")).toBeNull();
    expect(parseFormDate("<=\n2019")).toEqual({ date: "2019-01-01", precision: "YEAR", bound: "ON_OR_BEFORE" });
  });

  it("pass the form's rules like plain dates, the Buddhist Era slip included", () => {
    expect(partialDateText.safeParse("<=2022-08-05").success).toBe(true);
    expect(partialDateText.safeParse("<=2565-08-05").error?.issues[0]?.message).toBe("dateBuddhistEra");
    expect(partialDateText.safeParse(">=1800").error?.issues[0]?.message).toBe("dateRange");
    expect(dateOf("<=2022-08-05")?.bound).toBe("ON_OR_BEFORE");
  });

  it("span every day up to (or from) the limit, and say so in the API", () => {
    const before = parseFormDate("<=2022-08-05")!;
    expect(bounds(before).last).toBe(dayNumber("2022-08-05"));
    expect(bounds(before).first).toBeLessThan(dayNumber("1900-01-01"));
    expect(dateLimits(before)).toEqual({ notBefore: null, notAfter: "2022-08-05", bound: "ON_OR_BEFORE" });
    expect(dateLimits(parseFormDate(">=2019-11")!)).toEqual({ notBefore: "2019-11-01", notAfter: null, bound: "ON_OR_AFTER" });
    expect(dateLimits(parseFormDate("2019-11")!)).toEqual({ notBefore: "2019-11-01", notAfter: "2019-11-30", bound: null });
  });

  it("decide the lifecycle: signed on or before a day is signed from that day, unknown before it", () => {
    const input: LifecycleInput = { publicationState: "PUBLISHED", cabinetApproval: null, signed: parseFormDate("<=2022-08-05"), effective: null, expires: null, termMonths: null, automaticRenewal: null, events: [], supersededBy: [] };
    expect(computeLifecycle(input, "2022-08-05").status).toBe("signed");
    expect(computeLifecycle(input, "2022-08-04").status).toBe("unknown");
    // A plain year would have said "unknown" until the year's end.
    expect(computeLifecycle({ ...input, signed: parseFormDate("2022") }, "2022-08-05").status).toBe("unknown");
  });

  it("give computed deadlines with an open side: in effect on or before a day, for three years", () => {
    const d = computeDeadlines({ signed: null, effective: parseFormDate("<=2022-08-05"), expires: null, termMonths: 36, automaticRenewal: false, terminationNoticeMonths: 6 }, "2024-01-01");
    expect(d.end).toEqual({ kind: "computed", date: { first: null, last: "2025-08-04", precision: "RANGE", basis: "endFromEffectAndTerm", from: ["effectiveOn", "termMonths"] } });
    expect(d.noticeDeadline.kind === "computed" && [d.noticeDeadline.date.first, d.noticeDeadline.date.last]).toEqual([null, "2025-02-04"]);
  });
});
