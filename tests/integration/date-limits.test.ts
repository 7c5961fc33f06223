// Dates bounded by their evidence (issue 14, part 3): typed in the form as
// "<=2022-08-05", stored with their bound, read back the same way, decided
// on by the lifecycle and the computed deadlines, and exported in the API
// with notBefore / notAfter.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as agreementGet } from "@/app/api/v1/agreements/[slug]/route";
import { changePublication } from "@/lib/editor/publication";
import { createAgreement } from "@/lib/editor/save";
import { loadAgreementInput } from "@/lib/editor/snapshot";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaffActor } from "../helpers/staff";

const RUN = Date.now().toString(36);

beforeAll(async () => {
  await seeded();
});
afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
});

describe("a date known only as a limit", () => {
  it("is saved, read back in the form's words, decides the status and the deadlines, and is exported with its limits", async () => {
    const actor = await createStaffActor("editor");
    const input = await sampleInput(db, `bounded-${RUN}`);
    Object.assign(input, { signedOn: "<=2022-08-05", effectiveOn: "<=2022-08-05", termMonths: 36, terminationNoticeMonths: 6, automaticRenewal: "no" });
    input.events = [{ type: "EXCHANGE", date: "<=2022-08-05", descriptionTh: "แลกเปลี่ยนบันทึก", descriptionEn: "The memoranda were exchanged." }];
    const saved = await createAgreement(db, actor, input);
    await changePublication(db, actor, saved.id, saved.version, "PUBLISH");

    const row = await db.agreement.findUniqueOrThrow({ where: { id: saved.id }, include: { events: true } });
    expect([row.signedOn?.toISOString().slice(0, 10), row.signedPrecision, row.signedBound, row.events[0]!.bound]).toEqual(["2022-08-05", "DAY", "ON_OR_BEFORE", "ON_OR_BEFORE"]);
    const back = (await loadAgreementInput(db, saved.id))!.input;
    expect([back.signedOn, back.effectiveOn, back.events[0]!.date]).toEqual(["<=2022-08-05", "<=2022-08-05", "<=2022-08-05"]);

    const slug = `bounded-${RUN}`;
    const { data } = await (await agreementGet(new Request(`http://test/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) })).json();
    expect(data.dates.signature).toBe("2022-08-05");
    expect(data.dateLimits.signature).toEqual({ notBefore: null, notAfter: "2022-08-05", bound: "ON_OR_BEFORE" });
    expect(data.dateLimits.expiry).toBeNull();
    expect(data.events[0].dateLimits).toEqual({ notBefore: null, notAfter: "2022-08-05", bound: "ON_OR_BEFORE" });
    // In effect from 5 August 2022 at the latest, for three years: it ends on 4 August 2025 at the latest.
    expect(data.computed.end).toMatchObject({ state: "computed", first: null, last: "2025-08-04", precision: "RANGE" });
    expect(data.status).toBe(todayInBangkok() > "2025-08-04" ? "expired" : "in_effect");
  });

  it("is refused as a source's publication date, which is a day, not a limit", async () => {
    const { sourceDraftSchema } = await import("@/lib/editor/schema");
    const parsed = sourceDraftSchema.safeParse({ title: "x", url: "", publisher: "", language: "th", publishedOn: "<=2022-08-05" });
    expect(parsed.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["publishedOn", "dateNoBound"]]);
  });
});
