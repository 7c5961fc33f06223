import { describe, expect, it } from "vitest";
import { computeDeadlines, deadlineEvents, type Computation, type DeadlineInput } from "@/lib/agreements/deadlines";
import { parseIsoPartial } from "@/lib/dates/partial-date";

const d = (text: string) => parseIsoPartial(text)!;
const base: DeadlineInput = { signed: null, effective: null, expires: null, termMonths: null, automaticRenewal: null, terminationNoticeMonths: null };
const range = (c: Computation) => (c.kind === "computed" ? [c.date.first, c.date.last, c.date.precision] : c.kind === "missing" ? ["missing", ...c.missing] : ["none", c.because]);

describe("computeDeadlines: the end", () => {
  const cases: Array<[string, Partial<DeadlineInput>, unknown[]]> = [
    ["a stated end, to the day", { expires: d("2024-03-31") }, ["2024-03-31", "2024-03-31", "DAY"]],
    ["a stated end known to the month", { expires: d("2019-11") }, ["2019-11-01", "2019-11-30", "MONTH"]],
    ["a stated end wins over effect + term", { expires: d("2025-01-15"), effective: d("2020-01-01"), termMonths: 12 }, ["2025-01-15", "2025-01-15", "DAY"]],
    ["effect + term, to the day", { effective: d("2020-01-01"), termMonths: 12 }, ["2020-12-31", "2020-12-31", "DAY"]],
    ["month-end arithmetic: 31 August + 6 months", { effective: d("2019-08-31"), termMonths: 6 }, ["2020-02-28", "2020-02-28", "DAY"]],
    ["leap year: 29 February + 12 months", { effective: d("2020-02-29"), termMonths: 12 }, ["2021-02-27", "2021-02-27", "DAY"]],
    ["leap year: 31 March + 11 months lands on 29 February", { effective: d("2023-03-31"), termMonths: 11 }, ["2024-02-28", "2024-02-28", "DAY"]],
    ["effect known to the month: an end range of a month's width", { effective: d("2020-01"), termMonths: 12 }, ["2020-12-31", "2021-01-30", "RANGE"]],
    ["effect known to the year: an end range of a year's width", { effective: d("2017"), termMonths: 60 }, ["2021-12-31", "2022-12-30", "RANGE"]],
    ["signature only: effect not stated", { signed: d("2017-06-01"), termMonths: 60 }, ["missing", "effectiveOn"]],
    ["neither signature nor effect (the 2017 MoC)", { termMonths: 60 }, ["missing", "signedOn", "effectiveOn"]],
    ["no term", { effective: d("2020-01-01") }, ["missing", "termMonths"]],
    ["nothing at all", {}, ["missing", "signedOn", "effectiveOn", "termMonths"]],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(range(computeDeadlines({ ...base, ...input }, "2026-11-28").end)).toEqual(expected);
  });

  it("names the facts it was computed from", () => {
    const { end } = computeDeadlines({ ...base, effective: d("2020-01-01"), termMonths: 12 }, "2026-11-28");
    expect(end.kind === "computed" && end.date).toMatchObject({ basis: "endFromEffectAndTerm", from: ["effectiveOn", "termMonths"] });
  });
});

describe("computeDeadlines: the notice deadline", () => {
  const cases: Array<[string, Partial<DeadlineInput>, unknown[]]> = [
    ["six months before a stated end known to the month (the postal MoC)", { expires: d("2019-11"), terminationNoticeMonths: 6 }, ["2019-05-01", "2019-05-30", "RANGE"]],
    ["month-end clamped: 31 August − 6 months", { expires: d("2020-08-31"), terminationNoticeMonths: 6 }, ["2020-02-29", "2020-02-29", "DAY"]],
    ["from effect + term", { effective: d("2020-01-01"), termMonths: 24, terminationNoticeMonths: 3 }, ["2021-09-30", "2021-09-30", "DAY"]],
    ["no notice period stated", { expires: d("2020-08-31") }, ["missing", "terminationNoticeMonths"]],
    ["no end: says what the end lacks too", { termMonths: 12, terminationNoticeMonths: 3 }, ["missing", "signedOn", "effectiveOn"]],
    ["neither end nor notice", { termMonths: 12 }, ["missing", "signedOn", "effectiveOn", "terminationNoticeMonths"]],
  ];
  it.each(cases)("%s", (_name, input, expected) => {
    expect(range(computeDeadlines({ ...base, ...input }, "2026-11-28").noticeDeadline)).toEqual(expected);
  });

  it("flags a notice period longer than the whole term", () => {
    expect(computeDeadlines({ ...base, effective: d("2026-01-01"), termMonths: 6, terminationNoticeMonths: 12 }, "2026-11-28").noticeLongerThanTerm).toBe(true);
    expect(computeDeadlines({ ...base, effective: d("2026-01-01"), termMonths: 12, terminationNoticeMonths: 6 }, "2026-11-28").noticeLongerThanTerm).toBe(false);
  });
});

describe("computeDeadlines: renewal", () => {
  const renewing = { ...base, effective: d("2020-01-31"), termMonths: 12, automaticRenewal: true, terminationNoticeMonths: 3 };
  const cases: Array<[string, string, unknown[], unknown[], unknown[]]> = [
    // asOf, end, notice, next renewal
    ["within the first term", "2020-06-01", ["2021-01-30", "2021-01-30", "DAY"], ["2020-10-30", "2020-10-30", "DAY"], ["2021-01-31", "2021-01-31", "DAY"]],
    ["on the last day of the first term", "2021-01-30", ["2021-01-30", "2021-01-30", "DAY"], ["2020-10-30", "2020-10-30", "DAY"], ["2021-01-31", "2021-01-31", "DAY"]],
    ["the day the first renewal begins", "2021-01-31", ["2022-01-30", "2022-01-30", "DAY"], ["2021-10-30", "2021-10-30", "DAY"], ["2022-01-31", "2022-01-31", "DAY"]],
    // Each period counted from the first start: 31 January stays the 31st, no drift to the 28th.
    ["a chain of renewals, years later", "2026-11-28", ["2027-01-30", "2027-01-30", "DAY"], ["2026-10-30", "2026-10-30", "DAY"], ["2027-01-31", "2027-01-31", "DAY"]],
  ];
  it.each(cases)("%s", (_name, asOf, end, notice, next) => {
    const result = computeDeadlines(renewing, asOf);
    expect(range(result.end)).toEqual(end);
    expect(range(result.noticeDeadline)).toEqual(notice);
    expect(range(result.nextRenewal)).toEqual(next);
  });

  it("a renewing record known to the month renews within a month-wide range", () => {
    const result = computeDeadlines({ ...base, effective: d("2024-03"), termMonths: 12, automaticRenewal: true }, "2026-11-28");
    expect(range(result.end)).toEqual(["2027-02-28", "2027-03-30", "RANGE"]);
    expect(range(result.nextRenewal)).toEqual(["2027-03-01", "2027-03-31", "MONTH"]);
  });

  it("says whether it renews only when the sources do", () => {
    expect(range(computeDeadlines({ ...renewing, automaticRenewal: null }, "2026-11-28").nextRenewal)).toEqual(["missing", "automaticRenewal"]);
    expect(range(computeDeadlines({ ...renewing, automaticRenewal: false }, "2026-11-28").nextRenewal)).toEqual(["none", "noAutomaticRenewal"]);
    // A stated end is an end: no renewal after it.
    expect(range(computeDeadlines({ ...renewing, expires: d("2025-12-31") }, "2026-11-28").nextRenewal)).toEqual(["none", "endStated"]);
    // Renewing, but no start stated: the renewal lacks what the end lacks.
    expect(range(computeDeadlines({ ...renewing, effective: null }, "2026-11-28").nextRenewal)).toEqual(["missing", "signedOn", "effectiveOn"]);
  });

  it("a record that does not renew keeps the end of its only term, however long ago", () => {
    const result = computeDeadlines({ ...renewing, automaticRenewal: false }, "2026-11-28");
    expect(range(result.end)).toEqual(["2021-01-30", "2021-01-30", "DAY"]);
  });
});

describe("deadlineEvents: what is stored for the lists", () => {
  it("an instrument that does not renew: its end and notice deadline", () => {
    expect(deadlineEvents({ ...base, effective: d("2024-01-01"), termMonths: 36, automaticRenewal: false, terminationNoticeMonths: 6 }, "2040-12-31")).toEqual([
      { kind: "END", first: "2026-12-31", last: "2026-12-31", precision: "DAY", basis: "endFromEffectAndTerm" },
      { kind: "NOTICE", first: "2026-06-30", last: "2026-06-30", precision: "DAY", basis: "noticeBeforeEnd" },
    ]);
  });

  it("one that renews: each period's notice deadline and renewal, up to the horizon", () => {
    const events = deadlineEvents({ ...base, effective: d("2024-03-31"), termMonths: 12, automaticRenewal: true, terminationNoticeMonths: 3 }, "2027-12-31");
    expect(events.map((e) => `${e.kind} ${e.first}`)).toEqual([
      "NOTICE 2024-12-30",
      "RENEWAL 2025-03-31",
      "NOTICE 2025-12-30",
      "RENEWAL 2026-03-31",
      "NOTICE 2026-12-30",
      "RENEWAL 2027-03-31",
      "NOTICE 2027-12-30",
      "RENEWAL 2028-03-31",
    ]);
  });

  it("nothing computable: nothing stored", () => {
    expect(deadlineEvents({ ...base, termMonths: 60 }, "2040-12-31")).toEqual([]);
  });
});
