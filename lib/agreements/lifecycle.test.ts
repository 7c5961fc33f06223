import { describe, expect, it } from "vitest";
import { computeLifecycle, type LifecycleInput } from "./lifecycle";
import type { PartialDate } from "@/lib/dates/partial-date";

const day = (date: string): PartialDate => ({ date, precision: "DAY" });
const month = (ym: string): PartialDate => ({ date: `${ym}-01`, precision: "MONTH" });
const year = (y: string): PartialDate => ({ date: `${y}-01-01`, precision: "YEAR" });

const base: LifecycleInput = {
  publicationState: "PUBLISHED",
  cabinetApproval: null,
  signed: null,
  effective: null,
  expires: null,
  termMonths: null,
  automaticRenewal: null,
  events: [],
  supersededBy: [],
};

const cases: Array<[string, Partial<LifecycleInput>, string, string, string]> = [
  ["a draft is a draft whatever its dates", { publicationState: "DRAFT", signed: day("2015-04-30") }, "2026-01-01", "draft", "draft"],
  ["nothing stated", {}, "2026-01-01", "unknown", "nothingStated"],
  ["cabinet approval only, after it", { cabinetApproval: day("2017-05-30") }, "2017-06-05", "approved", "approvedNotSigned"],
  ["cabinet approval only, before it", { cabinetApproval: day("2017-05-30") }, "2017-05-29", "unknown", "nothingStated"],
  ["signed, nothing about effect", { signed: day("2015-04-30") }, "2026-11-22", "signed", "signedEffectNotStated"],
  ["signed, the day before signing", { signed: day("2015-04-30") }, "2015-04-29", "unknown", "nothingStated"],
  ["signature known only to the year, asked within that year", { signed: year("2022") }, "2022-06-01", "unknown", "signatureDateUncertain"],
  ["signature known only to the year, asked after it", { signed: year("2022") }, "2023-01-01", "signed", "signedEffectNotStated"],
  ["in effect with no end stated", { signed: day("2020-01-10"), effective: day("2020-01-10") }, "2026-01-01", "in_effect", "inEffectNoEndStated"],
  ["signed, effect stated for later", { signed: day("2020-01-10"), effective: day("2020-03-01") }, "2020-02-01", "signed", "signedEffectNotStated"],
  ["effect known to the month, asked inside that month", { effective: month("2020-03") }, "2020-03-15", "unknown", "effectDateUncertain"],
  ["stated expiry (month) passed", { expires: month("2019-11") }, "2019-12-01", "expired", "expiryStated"],
  ["stated expiry (month), asked inside that month", { expires: month("2019-11"), effective: day("2016-11-01") }, "2019-11-15", "unknown", "expiryDateUncertain"],
  ["stated expiry (day): still in effect on that day", { effective: day("2016-11-01"), expires: day("2019-10-31") }, "2019-10-31", "in_effect", "expiryStated"],
  ["stated expiry (day): expired the day after", { effective: day("2016-11-01"), expires: day("2019-10-31") }, "2019-11-01", "expired", "expiryStated"],
  ["term runs from effect: inside the term", { effective: day("2020-01-15"), termMonths: 36 }, "2023-01-14", "in_effect", "inEffectWithinTerm"],
  ["term ended, no renewal", { effective: day("2020-01-15"), termMonths: 36, automaticRenewal: false }, "2023-01-15", "expired", "termEnded"],
  ["term ended, renewal not stated", { effective: day("2020-01-15"), termMonths: 36 }, "2023-01-15", "unknown", "termEndedRenewalNotStated"],
  ["term ended, renews automatically", { effective: day("2020-01-15"), termMonths: 36, automaticRenewal: true }, "2030-01-01", "in_effect", "inEffectNoEndStated"],
  ["term started 31 Dec ends with February (month clamping)", { effective: day("2018-12-31"), termMonths: 2, automaticRenewal: false }, "2019-02-28", "expired", "termEnded"],
  ["signed with a term, effect unknown, long after: cannot tell", { signed: day("2015-01-01"), termMonths: 12 }, "2020-01-01", "unknown", "termMayHaveEnded"],
  ["signed with a term, effect unknown, within the shortest term", { signed: day("2015-01-01"), termMonths: 12 }, "2015-06-01", "signed", "signedEffectNotStated"],
  // The 2017 MoC: approved 30 May 2017, signature unstated, reported in effect on 11 Dec 2019, term 5 years.
  ...(() => {
    const moc2017: Partial<LifecycleInput> = {
      cabinetApproval: day("2017-05-30"),
      termMonths: 60,
      events: [{ type: "REPORTED_IN_EFFECT", date: day("2019-12-11") }],
    };
    return [
      ["reported in effect, inside the shortest possible term", moc2017, "2020-06-01", "in_effect", "inEffectWithinTerm"],
      ["reported in effect, between earliest and latest end", moc2017, "2023-06-01", "unknown", "termMayHaveEnded"],
      ["reported in effect, past the latest end, renewal not stated", moc2017, "2026-11-22", "unknown", "termEndedRenewalNotStated"],
      ["reported in effect, past the latest end, no renewal", { ...moc2017, automaticRenewal: false }, "2026-11-22", "expired", "termEnded"],
      ["before the report it is only approved", moc2017, "2018-01-01", "approved", "approvedNotSigned"],
    ] as Array<[string, Partial<LifecycleInput>, string, string, string]>;
  })(),
  ["no signature date, but an exchange reported in 2022", { events: [{ type: "EXCHANGE", date: year("2022") }] }, "2026-11-22", "signed", "signedEffectNotStated"],
  ["no signature date, exchange year not over yet", { events: [{ type: "EXCHANGE", date: year("2022") }] }, "2022-08-01", "unknown", "signatureDateUncertain"],
  ["a planned signing is no signature", { events: [{ type: "PLANNED_SIGNING", date: month("2016-11") }] }, "2026-11-22", "unknown", "nothingStated"],
  ["terminated by an event", { effective: day("2020-01-01"), events: [{ type: "TERMINATION", date: day("2021-05-01") }] }, "2021-05-01", "terminated", "terminationReported"],
  ["termination ahead", { effective: day("2020-01-01"), events: [{ type: "TERMINATION", date: day("2021-05-01") }] }, "2021-04-30", "in_effect", "inEffectNoEndStated"],
  ["termination known to the year, inside it", { effective: day("2020-01-01"), events: [{ type: "TERMINATION", date: year("2021") }] }, "2021-04-30", "unknown", "terminationDateUncertain"],
  ["termination without a date", { effective: day("2020-01-01"), events: [{ type: "TERMINATION", date: null }] }, "2021-04-30", "terminated", "terminationReported"],
  ["superseded once the successor is signed", { effective: day("2017-01-01"), supersededBy: [day("2022-08-05")] }, "2022-08-05", "superseded", "supersededByLaterAgreement"],
  ["not yet superseded", { effective: day("2017-01-01"), supersededBy: [day("2022-08-05")] }, "2022-08-04", "in_effect", "inEffectNoEndStated"],
  ["successor signed some time in 2022", { effective: day("2017-01-01"), supersededBy: [year("2022")] }, "2022-08-04", "unknown", "supersessionDateUncertain"],
  ["termination outranks a stated expiry", { expires: day("2030-01-01"), events: [{ type: "TERMINATION", date: day("2021-01-01") }] }, "2022-01-01", "terminated", "terminationReported"],
];

describe("computeLifecycle", () => {
  it.each(cases)("%s", (_name, overrides, asOf, status, basis) => {
    expect(computeLifecycle({ ...base, ...overrides }, asOf)).toEqual({ status, basis });
  });
});
