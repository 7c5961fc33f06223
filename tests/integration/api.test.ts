import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as getAgreement } from "@/app/api/v1/agreements/[slug]/route";
import { GET as listAgreements } from "@/app/api/v1/agreements/route";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { db, seeded } from "../helpers/db";

const one = async (slug: string) => getAgreement(new Request(`http://test/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) });
const hidden = ["test-hidden-draft", "test-hidden-internal"];

beforeAll(async () => {
  await seeded();
  await db.agreement.createMany({
    data: [
      { slug: hidden[0]!, kind: "OTHER", titleTh: "ร่าง", titleEn: "Draft", publicationState: "DRAFT", visibility: "PUBLIC" },
      { slug: hidden[1]!, kind: "OTHER", titleTh: "ภายใน", titleEn: "Internal", publicationState: "PUBLISHED", visibility: "INTERNAL", internalNote: "staff only" },
    ],
  });
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { in: hidden } } });
});

describe("GET /api/v1/agreements", () => {
  it("lists only published public records, each with a computed status", async () => {
    const response = await listAgreements(new Request("http://test/api/v1/agreements?limit=100"));
    expect(response.status).toBe(200);
    const body = (await response.json()) as { data: Array<{ slug: string; status: string; statusAsOf: string }> };
    const slugs = body.data.map((a) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining(["joint-statement-ict-2015", "moc-postal-services", "moc-ict-digital-2017", "moc-ict-digital-2022", "depa-mic-moc-digital-innovation-2022"]));
    for (const h of hidden) expect(slugs).not.toContain(h);
    expect(body.data.every((a) => a.statusAsOf === todayInBangkok())).toBe(true);
    expect(JSON.stringify(body)).not.toContain("staff only");
  });
});

describe("GET /api/v1/agreements/{slug}", () => {
  it("gives the 2015 Joint Statement with parties, signatories, scope areas, cut dates and cited sources", async () => {
    const response = await one("joint-statement-ict-2015");
    expect(response.status).toBe(200);
    const { data } = await response.json();
    expect(data).toMatchObject({
      slug: "joint-statement-ict-2015",
      kind: "JOINT_STATEMENT",
      status: "signed",
      dates: { cabinetApproval: null, signature: "2015-04-30", entryIntoEffect: null, expiry: null },
      term: null,
      terminationNoticeMonths: null,
    });
    expect(data.title.th).toContain("แถลงการณ์ร่วม");
    expect(data.parties.map((p: { slug: string }) => p.slug)).toEqual(["mict", "mic"]);
    expect(data.signatories[1]).toMatchObject({ name: { th: "ซะนะเอะ ทาคาอิชิ", en: "Sanae Takaichi" }, role: "SIGNATORY", organization: { slug: "mic" } });
    expect(data.scopeAreas.find((s: { key: string }) => s.key === "cybersecurity").label).toEqual({ th: "ความมั่นคงปลอดภัยทางไซเบอร์", en: "Cybersecurity", ja: "サイバーセキュリティ" });
    // Japanese texts beside the others: MIC's title, the name a source writes in Japanese, the registry's translations.
    expect(data.title.ja).toBe("情報通信技術分野における協力に関する共同声明");
    expect(data.signatories[1]).toMatchObject({ name: { ja: "高市早苗" }, position: { ja: "総務大臣" } });
    expect(data.signatories[0].name.ja).toBeNull();
    expect(data.summary.ja).toContain("共同声明");
    expect(data.events.every((e: { description: { ja: string | null } }) => Boolean(e.description.ja))).toBe(true);
    // Every citation id a fact points at is listed under one of the sources.
    const listed = new Set(data.sources.flatMap((s: { citations: Array<{ id: number }> }) => s.citations.map((c) => c.id)));
    for (const id of data.factCitations.signedOn) expect(listed).toContain(id);
    expect(data.factCitations.signedOn.length).toBeGreaterThan(0);
    expect(data.sources.every((s: { title: string }) => s.title.length > 0)).toBe(true);
  });

  it("cuts dates to their precision: the postal MoC expired in 2019-11, approved on or before 10 November 2016", async () => {
    const { data } = await (await one("moc-postal-services")).json();
    expect(data.dates).toEqual({ cabinetApproval: "2016-11-10", signature: "2016-11-14", entryIntoEffect: null, expiry: "2019-11" });
    expect(data.dateLimits.expiry).toEqual({ notBefore: "2019-11-01", notAfter: "2019-11-30", bound: null });
    expect(data.dateLimits.cabinetApproval).toEqual({ notBefore: null, notAfter: "2016-11-10", bound: "ON_OR_BEFORE" });
    expect(data.term).toEqual({ months: 36 });
    expect(data.terminationNoticeMonths).toBe(6);
    expect(data.status).toBe("expired");
    expect(data.events.map((e: { type: string; date: string }) => [e.type, e.date])).toEqual([
      // Stored by the first day they may be: "November 2016" before "on or before 10 November".
      ["PLANNED_SIGNING", "2016-11"],
      ["CABINET_APPROVAL", "2016-11-10"],
      ["SIGNING", "2016-11-14"],
      ["EXPIRY", "2019-11"],
      ["BILATERAL_MEETING", "2019-12-11"],
    ]);
    expect(data.relations).toEqual([
      expect.objectContaining({ type: "IMPLEMENTS", direction: "outgoing", agreement: expect.objectContaining({ slug: "joint-statement-ict-2015" }) }),
      expect.objectContaining({ type: "RELATED", direction: "incoming", agreement: expect.objectContaining({ slug: "moc-postal-2021" }) }),
    ]);
  });

  it("answers 404 in JSON for an unknown slug, and for drafts and internal records", async () => {
    for (const slug of ["no-such-agreement", ...hidden]) {
      const response = await one(slug);
      expect(response.status).toBe(404);
      expect(response.headers.get("content-type")).toContain("application/json");
      expect((await response.json()).error.code).toBe("not_found");
    }
  });
});
