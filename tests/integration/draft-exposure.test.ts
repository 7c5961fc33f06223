// Nothing of a draft reaches the public (issue 12, part 7): an organization
// and a scope area created inside a draft have no public page until a
// published public record uses them, and lose it when that record is
// unpublished.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import { getOrganization } from "@/lib/organizations/queries";
import { getScopeArea } from "@/lib/scope-areas/queries";
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
  await db.agreement.deleteMany({ where: { slug: `exposure-${RUN}` } });
});

describe("names made inside a draft", () => {
  it("answer 404 publicly until a published public record uses them, and again after it is unpublished", async () => {
    const input = await sampleInput(db, `exposure-${RUN}`);
    const saved = await createAgreement(db, actor, {
      ...input,
      parties: [input.parties[0]!, { organizationId: null, newOrganization: { nameTh: `องค์กรลับ ${RUN}`, nameEn: `Secret Agency ${RUN}`, abbreviation: "", countryCode: "JP" } }],
      scopeAreas: [{ scopeAreaId: null, newScopeArea: { labelTh: `เรื่องลับ ${RUN}`, labelEn: `Secret topic ${RUN}` } }],
    });
    const org = await db.organization.findFirstOrThrow({ where: { nameEn: `Secret Agency ${RUN}` } });
    const area = await db.scopeArea.findFirstOrThrow({ where: { labelEn: `Secret topic ${RUN}` } });
    expect(await getOrganization(org.slug)).toBeNull();
    expect(await getScopeArea(area.key)).toBeNull();
    // Seeded ones, used by published records, stay public.
    expect(await getOrganization("mic")).not.toBeNull();
    expect(await getScopeArea("cybersecurity")).not.toBeNull();

    const published = await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
    expect((await getOrganization(org.slug))?.nameEn).toBe(`Secret Agency ${RUN}`);
    expect((await getScopeArea(area.key))?.labelEn).toBe(`Secret topic ${RUN}`);

    await changePublication(db, actor, saved.id, published.version, "UNPUBLISH");
    expect(await getOrganization(org.slug)).toBeNull();
    expect(await getScopeArea(area.key)).toBeNull();
  });
});
