// "What needs attention", from records saved through the editor's own code:
// deadlines within the chosen window, records ended in the last year with no
// successor, records whose status is unclear, and (for staff) records with
// missing or uncited key facts; the public sees public records only.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { watchCounts, watchPage, type WatchView } from "@/lib/agreements/watch";
import { addMonths, dayNumber, isoFromDayNumber, todayInBangkok } from "@/lib/dates/partial-date";
import { createAgreement, updateAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import type { Staff } from "@/lib/auth/session";
import { db, seeded } from "../helpers/db";
import { passage, sampleInput } from "../helpers/editor-input";
import { createStaffActor } from "../helpers/staff";

const RUN = Date.now().toString(36);
const today = todayInBangkok();
const inDays = (n: number) => isoFromDayNumber(dayNumber(today) + n);
let actor: Staff;

async function save(slug: string, changes: Record<string, unknown>, publish = true) {
  const input = { ...(await sampleInput(db, `${slug}-${RUN}`)), ...changes };
  const saved = await createAgreement(db, actor, input);
  if (publish) await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
  return saved;
}

const slugsOf = async (view: WatchView, audience: "public" | "staff", months: 3 | 6 | 12 | 24 = 3) => {
  const rows: string[] = [];
  for (let page = 1; ; page++) {
    const { rows: got } = await watchPage(db, view, audience, months, page, today);
    rows.push(...got.map((r) => r.slug));
    if (got.length === 0) return rows;
  }
};

beforeAll(async () => {
  await seeded();
  actor = await createStaffActor("editor");
  // Ends in 45 days, six months' notice: the notice deadline has passed, the end is near.
  await save("ends-soon", { signedOn: inDays(45 - 365), effectiveOn: "", expiresOn: inDays(45), termMonths: "", terminationNoticeMonths: 1 });
  // The same, internal: staff only.
  await save("ends-soon-internal", { visibility: "INTERNAL", signedOn: inDays(-300), expiresOn: inDays(45), termMonths: "", terminationNoticeMonths: 1 });
  // Ends in 20 months: only in the 24-month window.
  await save("ends-later", { signedOn: inDays(-300), expiresOn: isoFromDayNumber(addMonths(dayNumber(today), 20)), termMonths: "", terminationNoticeMonths: "" });
  // Ended a month ago, no successor.
  await save("ended", { signedOn: inDays(-400), expiresOn: inDays(-30), termMonths: "", terminationNoticeMonths: "" });
  // Ended a month ago, renewed by a successor.
  const renewed = await save("ended-renewed", { signedOn: inDays(-400), expiresOn: inDays(-30), termMonths: "", terminationNoticeMonths: "" });
  await save("successor", { signedOn: inDays(-20), relations: [{ agreementId: renewed.id, type: "RENEWS", noteTh: "", noteEn: "" }] });
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
  await db.source.deleteMany({ where: { title: "Test press release", citations: { none: {} } } });
});

describe("the watch lists", () => {
  it("deadlines within the window, soonest first, public records only for the public", async () => {
    const { rows } = await watchPage(db, "deadlines", "staff", 3, 1, today);
    const ours = rows.filter((r) => r.slug.endsWith(RUN));
    expect(ours.map((r) => `${r.slug.replace(`-${RUN}`, "")} ${r.kind} ${r.first}`)).toEqual([
      `ends-soon NOTICE ${isoFromDayNumber(addMonths(dayNumber(inDays(45)), -1))}`,
      `ends-soon-internal NOTICE ${isoFromDayNumber(addMonths(dayNumber(inDays(45)), -1))}`,
      `ends-soon END ${inDays(45)}`,
      `ends-soon-internal END ${inDays(45)}`,
    ]);
    const publicSlugs = await slugsOf("deadlines", "public");
    expect(publicSlugs).toContain(`ends-soon-${RUN}`);
    expect(publicSlugs).not.toContain(`ends-soon-internal-${RUN}`);
    expect(publicSlugs).not.toContain(`ends-later-${RUN}`);
    expect(await slugsOf("deadlines", "public", 24)).toContain(`ends-later-${RUN}`);
  });

  it("a draft is on the staff list only, and leaves the public one when unpublished", async () => {
    const saved = await db.agreement.findUniqueOrThrow({ where: { slug: `ends-soon-${RUN}` } });
    await changePublication(db, actor, saved.id, saved.version, "UNPUBLISH");
    expect(await slugsOf("deadlines", "public")).not.toContain(`ends-soon-${RUN}`);
    expect(await slugsOf("deadlines", "staff")).toContain(`ends-soon-${RUN}`);
    const again = await db.agreement.findUniqueOrThrow({ where: { slug: `ends-soon-${RUN}` } });
    await changePublication(db, actor, again.id, again.version, "PUBLISH");
  });

  it("ended in the last year: only those no record renews or supersedes", async () => {
    const ended = await slugsOf("ended", "public");
    expect(ended).toContain(`ended-${RUN}`);
    expect(ended).not.toContain(`ended-renewed-${RUN}`);
  });

  it("status unclear: the 2015 joint press statement (no date of effect or end stated); no longer the 2017 MoC, whose end and successor a source states", async () => {
    const unclear = await slugsOf("unclear", "public");
    expect(unclear).toContain("joint-press-statement-nbtc-2015");
    expect(unclear).not.toContain("moc-ict-digital-2017");
  });

  it("gaps, for staff: stated facts without a citation, and a missing signature date or term", async () => {
    const { rows } = await watchPage(db, "gaps", "staff", 3, 1, today);
    const endsSoon = [...rows, ...(await watchPage(db, "gaps", "staff", 3, 2, today)).rows].find((r) => r.slug === `ends-soon-${RUN}`);
    // sampleInput cites only the signature date.
    expect(endsSoon?.uncited).toEqual(["expiresOn", "terminationNoticeMonths"]);
    expect(endsSoon?.missing).toEqual([]);
    // An edit that cites them takes it off the list.
    const input = await sampleInput(db, `ends-soon-${RUN}`);
    const record = await db.agreement.findUniqueOrThrow({ where: { slug: `ends-soon-${RUN}` } });
    await updateAgreement(db, actor, record.id, record.version, {
      ...input,
      signedOn: inDays(45 - 365),
      expiresOn: inDays(45),
      termMonths: "",
      terminationNoticeMonths: 1,
      citations: [
        ...input.citations,
        passage("expires", [["expiresOn", null]]),
        passage("one month's notice", [["terminationNoticeMonths", null]]),
      ],
    });
    expect(await slugsOf("gaps", "staff")).not.toContain(`ends-soon-${RUN}`);
  });

  it("counts agree with the lists", async () => {
    const counts = await watchCounts(db, "public", 3, today);
    expect(counts.deadlines).toBe((await slugsOf("deadlines", "public")).length);
    expect(counts.unclear).toBe((await slugsOf("unclear", "public")).length);
    expect(counts.gaps).toBe(0);
  });
});
