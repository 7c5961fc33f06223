// The computed dates of the five curated records are what the sources allow
// and no more, in the API; each computed one is backed by its inputs' citations.
import { beforeAll, describe, expect, it } from "vitest";
import { GET as getAgreement } from "@/app/api/v1/agreements/[slug]/route";
import { db, seeded } from "../helpers/db";

const computedOf = async (slug: string) => {
  const response = await getAgreement(new Request(`http://test/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) });
  expect(response.status).toBe(200);
  return (await response.json()).data.computed;
};

beforeAll(async () => {
  await seeded();
});

describe("computed dates of the curated records", () => {
  it("the postal MoC: the stated end (November 2019) and six months' notice before it, as a range; no renewal after a stated end", async () => {
    const computed = await computedOf("moc-postal-services");
    expect(computed.end).toMatchObject({ state: "computed", first: "2019-11-01", last: "2019-11-30", precision: "MONTH", basis: "endStated", from: ["expiresOn"] });
    expect(computed.noticeDeadline).toMatchObject({ state: "computed", first: "2019-05-01", last: "2019-05-30", precision: "RANGE", from: ["expiresOn", "terminationNoticeMonths"] });
    expect(computed.nextRenewal).toEqual({ state: "notApplicable", because: "endStated" });
    // Backed by the citations of the expiry and the notice period, no others.
    const cited = await db.citation.findMany({ where: { agreement: { slug: "moc-postal-services" }, facts: { some: { fact: { in: ["expiresOn", "terminationNoticeMonths"] } } } }, select: { id: true } });
    expect(cited.length).toBeGreaterThanOrEqual(2);
    expect([...computed.noticeDeadline.citations].sort()).toEqual(cited.map((c) => c.id).sort());
  });

  it("the 2017 MoC: its end is stated (7 June 2022, third reading), so no notice period is needed for the end and no renewal follows", async () => {
    const computed = await computedOf("moc-ict-digital-2017");
    expect(computed.end).toMatchObject({ state: "computed", first: "2022-06-07", last: "2022-06-07", basis: "endStated" });
    expect(computed.noticeDeadline).toEqual({ state: "cannotCompute", missing: ["terminationNoticeMonths"] });
    expect(computed.nextRenewal).toEqual({ state: "notApplicable", because: "endStated" });
  });

  it("the others state no term: nothing is computed, and each answer says what is missing", async () => {
    expect((await computedOf("joint-statement-ict-2015")).end).toEqual({ state: "cannotCompute", missing: ["effectiveOn", "termMonths"] });
    expect((await computedOf("moc-ict-digital-2022")).end).toEqual({ state: "cannotCompute", missing: ["effectiveOn", "termMonths"] });
    expect((await computedOf("depa-mic-moc-digital-innovation-2022")).end).toEqual({ state: "cannotCompute", missing: ["signedOn", "effectiveOn", "termMonths"] });
  });
});
