// Shared entities corrected and merged (issue 14, part 2): a change reaches
// every record using the entity (its API answer, its search index), gives
// each record whose form values change a new version and revision (a form
// loaded before is refused, not saved back), and is revisioned itself.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as mergePersonPost } from "@/app/api/editor/people/[id]/merge/route";
import { POST as personPost } from "@/app/api/editor/people/[id]/route";
import { POST as organizationPost } from "@/app/api/editor/organizations/[id]/route";
import { POST as scopeMergePost } from "@/app/api/editor/scope-areas/[id]/merge/route";
import { PUT as updatePut } from "@/app/api/editor/agreements/[id]/route";
import { GET as agreementGet } from "@/app/api/v1/agreements/[slug]/route";
import { GET as listGet } from "@/app/api/v1/agreements/route";
import { createAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import { loadAgreementInput } from "@/lib/editor/snapshot";
import en from "@/messages/en.json";
import th from "@/messages/th.json";
import { db, seeded } from "../helpers/db";
import { passage, sampleInput } from "../helpers/editor-input";
import { createStaff, createStaffActor } from "../helpers/staff";

const ORIGIN = "http://registry.test";
const RUN = Date.now().toString(36);
type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
const call = (handler: Handler, path: string, cookie: string, body: unknown, id: number, method = "POST") =>
  handler(new Request(`${ORIGIN}${path}`, { method, headers: { "content-type": "application/json", origin: ORIGIN, host: "registry.test", cookie }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ id: String(id) }),
  });
const apiRecord = async (slug: string) => (await (await agreementGet(new Request(`${ORIGIN}/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) })).json()).data;

/** A published record whose first signatory is this person. */
async function recordWithSignatory(slug: string, nameTh: string, nameEn: string) {
  const actor = await createStaffActor("editor");
  const input = await sampleInput(db, slug);
  input.signatories[0] = { ...input.signatories[0]!, nameTh, nameEn };
  const saved = await createAgreement(db, actor, input);
  const published = await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
  return { id: saved.id, version: published.version, input: published.input };
}

beforeAll(async () => {
  await seeded();
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
});

describe("people", () => {
  it("merging two spellings of one person leaves one person on every affected record, in search and in the API", async () => {
    const { cookie } = await createStaff("editor");
    const a = await recordWithSignatory(`merge-a-${RUN}`, "เซบูลอน ควิมบี", `Zebulon Quimby ${RUN}`);
    const b = await recordWithSignatory(`merge-b-${RUN}`, "เซบูลอน ขวิมบี้", `Zebulon Kwimby ${RUN}`);
    const keep = await db.person.findFirstOrThrow({ where: { nameEn: `Zebulon Quimby ${RUN}` } });
    const other = await db.person.findFirstOrThrow({ where: { nameEn: `Zebulon Kwimby ${RUN}` } });

    const response = await call(mergePersonPost, `/api/editor/people/${keep.id}/merge`, cookie, { mergeId: other.id }, keep.id);
    expect(response.status).toBe(200);
    expect((await response.json()).agreementIds.sort()).toEqual([a.id, b.id].sort());

    expect(await db.person.findUnique({ where: { id: other.id } })).toBeNull();
    for (const slug of [`merge-a-${RUN}`, `merge-b-${RUN}`]) {
      const data = await apiRecord(slug);
      expect(data.signatories[0].name).toEqual({ th: "เซบูลอน ควิมบี", en: `Zebulon Quimby ${RUN}`, ja: null });
    }
    // The search index holds the kept spelling only, and finds both records by it.
    const docs = await db.searchDocument.findMany({ where: { agreementId: { in: [a.id, b.id] } }, select: { words: true } });
    for (const d of docs) {
      expect(d.words).toContain("quimby");
      expect(d.words).not.toContain("kwimby");
    }
    const found = await (await listGet(new Request(`${ORIGIN}/api/v1/agreements?q=${encodeURIComponent("ควิมบี")}`))).json();
    expect(found.data.map((r: { slug: string }) => r.slug).sort()).toEqual([`merge-a-${RUN}`, `merge-b-${RUN}`]);

    // The record whose signatory changed has a new version and a revision;
    // a form loaded before the merge is refused rather than saving the old spelling back.
    const revision = await db.revision.findFirstOrThrow({ where: { agreementId: b.id }, orderBy: { version: "desc" } });
    expect([revision.version, revision.action, (revision.changes as Array<{ field: string }>).map((c) => c.field)]).toEqual([b.version + 1, "UPDATE", ["signatories"]]);
    const stale = await call(updatePut as unknown as Handler, `/api/editor/agreements/${b.id}`, cookie, { version: b.version, input: b.input }, b.id, "PUT");
    expect(stale.status).toBe(409);
    expect(await db.person.count({ where: { nameEn: `Zebulon Kwimby ${RUN}` } })).toBe(0);

    const entity = await db.entityRevision.findFirstOrThrow({ where: { entity: "person", entityId: keep.id, action: "merge" } });
    expect(entity.agreementIds.sort()).toEqual([a.id, b.id].sort());
    expect(await db.auditEntry.count({ where: { action: "person.merge", target: `person:${keep.id}` } })).toBe(1);
  });

  it("refuses merging a person into themself, a missing person, and names another person has: messages in both languages", async () => {
    const { cookie } = await createStaff("editor");
    await recordWithSignatory(`person-x-${RUN}`, "บุคคล เอ็กซ์", `Person X ${RUN}`);
    await recordWithSignatory(`person-y-${RUN}`, "บุคคล วาย", `Person Y ${RUN}`);
    const x = await db.person.findFirstOrThrow({ where: { nameEn: `Person X ${RUN}` } });
    const cases: Array<[Response, string, string]> = [
      [await call(mergePersonPost, `/api/editor/people/${x.id}/merge`, cookie, { mergeId: x.id }, x.id), "mergeId", "mergeSame"],
      [await call(mergePersonPost, `/api/editor/people/${x.id}/merge`, cookie, { mergeId: 2_000_000_000 }, x.id), "mergeId", "mergeMissing"],
      [await call(personPost, `/api/editor/people/${x.id}`, cookie, { input: { nameTh: "บุคคล วาย", nameEn: `Person Y ${RUN}`, nameJa: "" } }, x.id), "nameEn", "personExists"],
      [await call(personPost, `/api/editor/people/${x.id}`, cookie, { input: { nameTh: "", nameEn: "", nameJa: "" } }, x.id), "nameTh", "nameThRequired"],
    ];
    for (const [response, field, key] of cases) {
      expect(response.status, key).toBe(422);
      expect((await response.json()).error.fieldErrors[field]).toBe(key);
      expect((th.Editor.errors as Record<string, string>)[key]).toBeTruthy();
      expect((en.Editor.errors as Record<string, string>)[key]).toBeTruthy();
    }
    expect(await db.person.findUnique({ where: { id: x.id } })).toMatchObject({ nameEn: `Person X ${RUN}` });
  });
});

describe("organizations and scope areas", () => {
  it("an organization's corrected name is what every record naming it shows, and a predecessor cycle is refused", async () => {
    const { cookie } = await createStaff("editor");
    const actor = await createStaffActor("editor");
    const input = await sampleInput(db, `org-${RUN}`);
    input.parties[1] = { organizationId: null, newOrganization: { nameTh: "องค์กรทดสอบ", nameEn: `Test Agencyy ${RUN}`, abbreviation: "", countryCode: "JP" } };
    const saved = await createAgreement(db, actor, input);
    await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
    const org = await db.organization.findFirstOrThrow({ where: { nameEn: `Test Agencyy ${RUN}` } });
    const values = { nameTh: "องค์กรทดสอบ", nameEn: `Test Agency ${RUN}`, nameJa: "テスト機関", abbreviation: "TA", countryCode: "JP", predecessorId: null };
    const response = await call(organizationPost, `/api/editor/organizations/${org.id}`, cookie, { input: values }, org.id);
    expect(response.status).toBe(200);
    const data = await apiRecord(`org-${RUN}`);
    expect(data.parties[1]).toMatchObject({ name: { en: `Test Agency ${RUN}` }, abbreviation: "TA" });
    expect((await db.searchDocument.findUniqueOrThrow({ where: { agreementId: saved.id } })).words).toContain("agency");

    // Its own successor cannot become its predecessor.
    const successor = await db.organization.create({ data: { slug: `successor-${RUN}`, nameTh: "ผู้สืบทอด", nameEn: "Successor", countryCode: "JP", predecessorId: org.id } });
    const cycle = await call(organizationPost, `/api/editor/organizations/${org.id}`, cookie, { input: { ...values, predecessorId: successor.id } }, org.id);
    expect(cycle.status).toBe(422);
    expect((await cycle.json()).error.fieldErrors).toEqual({ predecessorId: "predecessorCycle" });
    await db.organization.delete({ where: { id: successor.id } });
  });

  it("merging two scope areas moves every link and citation; a record linked to both keeps one link with the citations of both", async () => {
    const { cookie } = await createStaff("editor");
    const actor = await createStaffActor("editor");
    const input = await sampleInput(db, `scope-${RUN}`);
    input.scopeAreas = [
      { scopeAreaId: null, newScopeArea: { labelTh: "ความมั่นคงไซเบอร์ทดสอบ", labelEn: `Cyber test ${RUN}` } },
      { scopeAreaId: null, newScopeArea: { labelTh: "ความปลอดภัยไซเบอร์ทดสอบ", labelEn: `Cyber security test ${RUN}` } },
    ];
    input.citations.push(
      passage("first passage", [["scopeArea", 0]]),
      passage("second passage", [["scopeArea", 1]]),
    );
    const saved = await createAgreement(db, actor, input);
    const keep = await db.scopeArea.findFirstOrThrow({ where: { labelEn: `Cyber test ${RUN}` } });
    const other = await db.scopeArea.findFirstOrThrow({ where: { labelEn: `Cyber security test ${RUN}` } });
    const response = await call(scopeMergePost, `/api/editor/scope-areas/${keep.id}/merge`, cookie, { mergeId: other.id }, keep.id);
    expect(response.status).toBe(200);
    expect(await db.scopeArea.findUnique({ where: { id: other.id } })).toBeNull();
    const after = (await loadAgreementInput(db, saved.id))!;
    expect(after.input.scopeAreas).toEqual([{ scopeAreaId: keep.id, newScopeArea: null }]);
    expect(after.input.citations.flatMap((c) => c.facts.filter((f) => f.fact === "scopeArea").map((f) => [f.row, c.quote])).sort()).toEqual([
      [0, "first passage"],
      [0, "second passage"],
    ]);
    expect(after.version).toBe(saved.version + 1);
  });
});
