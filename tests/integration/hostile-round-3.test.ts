// Hostile input, round 3 (issue 26): what an outside assessment still got
// through the app's own endpoints, each against the real handlers and the
// real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPublicAgreement } from "@/lib/agreements/queries";
import { serializeAgreement } from "@/lib/agreements/serialize";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { changePublication } from "@/lib/editor/publication";
import { createAgreement } from "@/lib/editor/save";
import type { Staff } from "@/lib/auth/session";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaffActor } from "../helpers/staff";

const RUN = Date.now().toString(36);
let actor: Staff;

beforeAll(async () => {
  await seeded();
  actor = await createStaffActor("editor");
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { startsWith: `round3-${RUN}` } } });
});

/** The status the public is told, on the record's page and API, and whether the list files it under "superseded". */
async function publicStatus(slug: string): Promise<{ status: string; listed: boolean }> {
  const record = await getPublicAgreement(slug);
  const today = todayInBangkok();
  const [row] = await db.$queryRaw<Array<{ n: bigint }>>`
    SELECT COUNT(*) AS n FROM "AgreementStatusPeriod" sp JOIN "Agreement" a ON a.id = sp."agreementId"
    WHERE a.slug = ${slug} AND sp.status = 'superseded' AND (sp."startsOn" IS NULL OR sp."startsOn" <= ${today}::date) AND (sp."endsBefore" IS NULL OR sp."endsBefore" > ${today}::date)`;
  return { status: serializeAgreement(record!, today).status, listed: Number(row!.n) > 0 };
}

describe("a successor the public cannot see (part 2)", () => {
  it("a draft or an internal record superseding a public one leaves its status alone; published and public, it supersedes it", async () => {
    const older = await createAgreement(db, actor, { ...(await sampleInput(db, `round3-${RUN}-older`)), signedOn: "2020-01" });
    await changePublication(db, actor, older.id, older.version, "PUBLISH");
    const before = await publicStatus(older.input.slug);
    expect(before.status).not.toBe("superseded");

    const successor = (slug: string) => sampleInput(db, slug).then((input) => ({ ...input, signedOn: "2024-05", relations: [{ agreementId: older.id, type: "SUPERSEDES" as const, noteTh: "", noteEn: "" }] }));
    const draft = await createAgreement(db, actor, await successor(`round3-${RUN}-draft`));
    expect(await publicStatus(older.input.slug)).toEqual(before);

    const internal = await createAgreement(db, actor, { ...(await successor(`round3-${RUN}-internal`)), visibility: "INTERNAL" });
    await changePublication(db, actor, internal.id, internal.version, "PUBLISH");
    expect(await publicStatus(older.input.slug)).toEqual(before);

    // Published and public: now it supersedes, and unpublished again it no longer does.
    const published = await changePublication(db, actor, draft.id, draft.version, "PUBLISH");
    expect(await publicStatus(older.input.slug)).toEqual({ status: "superseded", listed: true });
    await changePublication(db, actor, draft.id, published.version, "UNPUBLISH");
    expect(await publicStatus(older.input.slug)).toEqual(before);
  });
});
