// The editor's write endpoints against a real database: who may call each,
// what a refused request leaves behind (nothing), the validation rules, stale
// forms, publishing and restoring.
import Ajv2020 from "ajv/dist/2020";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openApiDocument } from "@/lib/api/openapi";
import { isRecordSlugTaken } from "@/lib/api/write";
import { POST as restore } from "@/app/api/editor/agreements/[id]/restore/route";
import { POST as publication } from "@/app/api/editor/agreements/[id]/publication/route";
import { PUT as update } from "@/app/api/editor/agreements/[id]/route";
import { POST as create } from "@/app/api/editor/agreements/route";
import { GET as publicAgreement } from "@/app/api/v1/agreements/[slug]/route";
import type { AgreementInput } from "@/lib/editor/schema";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaff } from "../helpers/staff";

const ORIGIN = "http://registry.test";
// Slugs unique to this run: the suite may run twice against one database.
const RUN = Date.now().toString(36);
const u = (slug: string) => `${slug}-${RUN}`;
let editor: string;
let viewer: string;
let admin: string;

beforeAll(async () => {
  await seeded();
  [editor, viewer, admin] = await Promise.all([createStaff("editor"), createStaff("viewer"), createStaff("admin")]).then((s) => s.map((x) => x.cookie));
});

// The other files share this database and count the seeded records.
afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
  await db.slugRedirect.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
  await db.source.deleteMany({ where: { title: "Test press release", citations: { none: {} } } });
});

interface CallOptions {
  cookie?: string;
  origin?: string | null;
  body?: unknown;
  raw?: string;
}

function request(path: string, method: string, { cookie, origin = ORIGIN, body, raw }: CallOptions): Request {
  const headers = new Headers({ "content-type": "application/json", host: "registry.test" });
  if (cookie) headers.set("cookie", cookie);
  if (origin) headers.set("origin", origin);
  return new Request(`${ORIGIN}${path}`, { method, headers, body: raw ?? JSON.stringify(body) });
}

const params = (id: number) => ({ params: Promise.resolve({ id: String(id) }) });
/** A write's answer: the record saved, or the write API's error shape. */
type WriteAnswer = Record<string, unknown> & { error: { code: string; message: string; fieldErrors?: Record<string, string>; currentVersion?: number; changes?: unknown } };
// Every error answer read here is also checked against the OpenAPI
// document's WriteError schema, the shape the read API's errors have.
const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addSchema({ ...openApiDocument, $id: "openapi" } as object);
const json = async (r: Response) => {
  const body = (await r.json()) as WriteAnswer;
  if (!r.ok) {
    const check = ajv.getSchema("openapi#/components/schemas/WriteError")!;
    expect(check(body), JSON.stringify(check.errors)).toBe(true);
  }
  return body;
};

async function createDraft(slug: string, cookie = editor): Promise<{ id: number; version: number }> {
  const response = await create(request("/api/editor/agreements", "POST", { cookie, body: { input: await sampleInput(db, slug) } }));
  expect(response.status).toBe(201);
  return (await response.json()) as { id: number; version: number };
}

async function isPublic(slug: string) {
  return (await publicAgreement(new Request(`${ORIGIN}/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) })).status === 200;
}

describe("role checks on every write path", () => {
  const paths = [
    { name: "create", call: (o: CallOptions) => create(request("/api/editor/agreements", "POST", o)), body: async () => ({ input: await sampleInput(db, u("role-check-create")) }) },
    { name: "update", call: (o: CallOptions, id: number) => update(request(`/api/editor/agreements/${id}`, "PUT", o), params(id)), body: async () => ({ version: 1, input: await sampleInput(db, u("role-check-target")) }) },
    { name: "publication", call: (o: CallOptions, id: number) => publication(request(`/api/editor/agreements/${id}/publication`, "POST", o), params(id)), body: async () => ({ version: 1, action: "PUBLISH" }) },
    { name: "restore", call: (o: CallOptions, id: number) => restore(request(`/api/editor/agreements/${id}/restore`, "POST", o), params(id)), body: async () => ({ version: 1, revision: 1 }) },
  ];
  let target: { id: number };
  beforeAll(async () => {
    target = await createDraft(u("role-check-target"));
  });

  for (const path of paths) {
    it(`${path.name}: signed out 401, viewer 403, other origin 403, and nothing changes`, async () => {
      const body = await path.body();
      const before = { count: await db.agreement.count(), revisions: await db.revision.count(), target: await db.agreement.findUniqueOrThrow({ where: { id: target.id } }) };

      const signedOut = await path.call({ body }, target.id);
      expect(signedOut.status).toBe(401);
      expect((await json(signedOut)).error.code).toBe("signedOut");

      const asViewer = await path.call({ body, cookie: viewer }, target.id);
      expect(asViewer.status).toBe(403);
      expect((await json(asViewer)).error.code).toBe("forbidden");

      const crossSite = await path.call({ body, cookie: editor, origin: "https://evil.example" }, target.id);
      expect(crossSite.status).toBe(403);
      expect((await json(crossSite)).error.code).toBe("crossOrigin");

      const noOrigin = await path.call({ body, cookie: editor, origin: null }, target.id);
      expect(noOrigin.status).toBe(403);

      expect(await db.agreement.count()).toBe(before.count);
      expect(await db.revision.count()).toBe(before.revisions);
      expect(await db.agreement.findUniqueOrThrow({ where: { id: target.id } })).toEqual(before.target);
    });
  }

  it("a forged X-Forwarded-Host does not make another site's origin trusted; with SITE_URL set, only that origin is", async () => {
    const forged = (origin: string, forwardedHost: string) =>
      create(
        new Request(`${ORIGIN}/api/editor/agreements`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: editor, origin, "x-forwarded-host": forwardedHost, "x-forwarded-proto": "http" },
          body: JSON.stringify({ input: {} }),
        }),
      );
    const before = await db.agreement.count();
    expect((await forged("http://evil.example", "evil.example")).status).toBe(403);
    process.env.SITE_URL = "https://registry.example.go.th";
    try {
      // The request's own URL is no longer trusted either: the site has one public address.
      expect((await forged(ORIGIN, "registry.test")).status).toBe(403);
      // The configured address is (then the empty input is refused on its merits).
      expect((await forged("https://registry.example.go.th", "evil.example")).status).toBe(422);
    } finally {
      delete process.env.SITE_URL;
    }
    expect(await db.agreement.count()).toBe(before);
  });

  it("a forged session cookie is treated as signed out", async () => {
    const response = await create(request("/api/editor/agreements", "POST", { cookie: "better-auth.session_token=forged.value", body: { input: await sampleInput(db, u("forged")) } }));
    expect(response.status).toBe(401);
    expect(await db.agreement.findUnique({ where: { slug: u("forged") } })).toBeNull();
  });

  it("a deactivated account's session no longer writes", async () => {
    const staff = await createStaff("editor");
    await db.user.update({ where: { email: staff.email }, data: { banned: true } });
    const response = await create(request("/api/editor/agreements", "POST", { cookie: staff.cookie, body: { input: await sampleInput(db, u("by-deactivated")) } }));
    expect(response.status).toBe(401);
    expect(await db.agreement.findUnique({ where: { slug: u("by-deactivated") } })).toBeNull();
  });

  it("admins may write as editors do", async () => {
    const saved = await createDraft(u("admin-created"), admin);
    expect(saved.version).toBe(1);
  });
});

describe("creating and publishing", () => {
  it("a new record is a draft only staff see; publishing shows it; unpublishing and archiving hide it", async () => {
    const { id } = await createDraft(u("new-moc-draft"));
    const row = await db.agreement.findUniqueOrThrow({ where: { id }, include: { signatories: true, scopeAreas: true, citations: { include: { source: true } } } });
    expect(row.publicationState).toBe("DRAFT");
    expect(row.signedPrecision).toBe("MONTH");
    expect(row.signedOn?.toISOString().slice(0, 10)).toBe("2026-03-01");
    expect(row.signatories).toHaveLength(2);
    expect(row.scopeAreas).toHaveLength(2);
    expect(row.citations[0]?.source.url).toBe("https://example.org/press");
    expect(await isPublic(u("new-moc-draft"))).toBe(false);

    const publish = await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 1, action: "PUBLISH" } }), params(id));
    expect(publish.status).toBe(200);
    expect(await isPublic(u("new-moc-draft"))).toBe(true);

    const again = await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 2, action: "PUBLISH" } }), params(id));
    expect(again.status).toBe(409);
    expect((await json(again)).error.code).toBe("transition");

    const unpublish = await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 2, action: "UNPUBLISH" } }), params(id));
    expect(unpublish.status).toBe(200);
    expect(await isPublic(u("new-moc-draft"))).toBe(false);
    const archive = await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 3, action: "ARCHIVE" } }), params(id));
    expect(archive.status).toBe(200);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).publicationState).toBe("ARCHIVED");
    expect(await db.revision.findMany({ where: { agreementId: id }, orderBy: { version: "asc" }, select: { action: true } })).toEqual([{ action: "CREATE" }, { action: "PUBLISH" }, { action: "UNPUBLISH" }, { action: "ARCHIVE" }]);
  });

  it("records each write in the audit log after it commits, and none for a refused one", async () => {
    const { id } = await createDraft(u("audited"));
    await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 1, action: "PUBLISH" } }), params(id));
    const refused = await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 1, action: "ARCHIVE" } }), params(id));
    expect(refused.status).toBe(409);
    const entries = await db.auditEntry.findMany({ where: { target: `agreement:${id}` }, orderBy: { id: "asc" } });
    const editorEmail = (await db.revision.findFirstOrThrow({ where: { agreementId: id, version: 1 } })).actorEmail;
    expect(editorEmail).toMatch(/^editor-/);
    expect(entries.map((e) => ({ action: e.action, actorEmail: e.actorEmail, details: e.details }))).toEqual([
      { action: "agreement.create", actorEmail: editorEmail, details: { version: 1, slug: u("audited") } },
      { action: "agreement.publish", actorEmail: editorEmail, details: { version: 2, slug: u("audited") } },
    ]);
  });

  it("keeps the internal note out of the public API and the search index", async () => {
    const input = { ...(await sampleInput(db, u("with-internal-note"))), internalNote: "ความเห็นภายใน-ลับเฉพาะ" };
    const created = await create(request("/api/editor/agreements", "POST", { cookie: editor, body: { input } }));
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: number };
    await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 1, action: "PUBLISH" } }), params(id));
    const response = await publicAgreement(new Request(`${ORIGIN}/api/v1/agreements/${u("with-internal-note")}`), { params: Promise.resolve({ slug: u("with-internal-note") }) });
    expect(response.status).toBe(200);
    expect(await response.text()).not.toContain("ลับเฉพาะ");
    const doc = await db.searchDocument.findUniqueOrThrow({ where: { agreementId: id } });
    expect(doc.words).not.toContain("ลับเฉพาะ");
  });
});

describe("validation", () => {
  async function rejected(change: (input: AgreementInput) => AgreementInput) {
    const input = change(await sampleInput(db, u("validation-case")));
    const before = { agreements: await db.agreement.count(), sources: await db.source.count() };
    const response = await create(request("/api/editor/agreements", "POST", { cookie: editor, body: { input } }));
    expect(response.status).toBe(422);
    expect({ agreements: await db.agreement.count(), sources: await db.source.count() }).toEqual(before);
    return (await json(response)).error.fieldErrors as Record<string, string>;
  }

  it("a missing Thai title", async () => {
    expect((await rejected((i) => ({ ...i, titleTh: "  " }))).titleTh).toBe("titleThRequired");
  });
  it("an expiry before the signature", async () => {
    expect((await rejected((i) => ({ ...i, signedOn: "2026-03-14", expiresOn: "2025-12" }))).expiresOn).toBe("expiryBeforeSignature");
  });
  it("a notice period longer than the term", async () => {
    expect((await rejected((i) => ({ ...i, termMonths: 12, terminationNoticeMonths: 18 }))).terminationNoticeMonths).toBe("noticeLongerThanTerm");
  });
  it("a source link that is not http(s)", async () => {
    const withUrl = (url: string) => (i: AgreementInput) => ({ ...i, sources: [{ sourceId: null, newSource: { ...i.sources[0]!.newSource!, url } }] });
    expect((await rejected(withUrl("javascript:alert(1)")))["sources.0.newSource.url"]).toBe("urlHttp");
    expect((await rejected(withUrl("not a url")))["sources.0.newSource.url"]).toBe("urlHttp");
    expect((await rejected(withUrl("ftp://example.org/file")))["sources.0.newSource.url"]).toBe("urlHttp");
  });
  it("a duplicate slug, including one an agreement used to have", async () => {
    expect((await rejected((i) => ({ ...i, slug: "joint-statement-ict-2015" }))).slug).toBe("slugTaken");
    const owner = await db.agreement.findUniqueOrThrow({ where: { slug: "moc-postal-services" } });
    await db.slugRedirect.create({ data: { slug: `old-postal-slug-${RUN}`, agreementId: owner.id } });
    expect((await rejected((i) => ({ ...i, slug: `old-postal-slug-${RUN}` }))).slug).toBe("slugTaken");
  });
  it("two saves racing for the same new slug: one wins, the other is told the slug is taken", async () => {
    const input = await sampleInput(db, u("raced-slug"));
    const responses = await Promise.all([0, 1].map(() => create(request("/api/editor/agreements", "POST", { cookie: editor, body: { input } }))));
    expect(responses.map((r) => r.status).sort()).toEqual([201, 422]);
    const loser = responses.find((r) => r.status === 422)!;
    expect((await json(loser)).error.fieldErrors).toEqual({ slug: "slugTaken" });
    expect(await db.agreement.count({ where: { slug: u("raced-slug") } })).toBe(1);
  });
  it("a collision on a new person's or organization's key is not the record's slug taken", async () => {
    // Real unique violations from the database, as two racing saves creating the same new signatory would meet them.
    const refused = async (write: () => Promise<unknown>) => write().then(() => null, (error: unknown) => error);
    const person = await db.person.findFirstOrThrow({ select: { slug: true } });
    const organization = await db.organization.findFirstOrThrow({ select: { slug: true } });
    const [second, agreement] = await db.agreement.findMany({ take: 2, orderBy: { id: "asc" }, select: { id: true, slug: true } });
    const personError = await refused(() => db.person.create({ data: { slug: person.slug, nameTh: "ทดสอบ", nameEn: `Test ${RUN}` } }));
    const organizationError = await refused(() => db.organization.create({ data: { slug: organization.slug, nameTh: "ทดสอบ", nameEn: `Test ${RUN}`, countryCode: "TH" } }));
    const slugError = await refused(() => db.agreement.update({ where: { id: agreement!.id }, data: { slug: second!.slug } }));
    expect([personError, organizationError, slugError].every((e) => e instanceof Error)).toBe(true);
    expect(isRecordSlugTaken(personError)).toBe(false);
    expect(isRecordSlugTaken(organizationError)).toBe(false);
    expect(isRecordSlugTaken(slugError)).toBe(true);
  });

  it("a year typed in the Buddhist Era, and a malformed date", async () => {
    expect((await rejected((i) => ({ ...i, signedOn: "2569-03" }))).signedOn).toBe("dateBuddhistEra");
    expect((await rejected((i) => ({ ...i, signedOn: "2026-02-30" }))).signedOn).toBe("dateFormat");
  });
  it("a signatory named in one language only, or a citation of a row that does not exist", async () => {
    const errors = await rejected((i) => ({
      ...i,
      signatories: [{ ...i.signatories[0]!, nameTh: "สมชาย ใจดี" }],
      citations: [{ ...i.citations[0]!, facts: [{ fact: "signatory", row: 5 }] }],
    }));
    expect(errors["signatories.0.nameEn"]).toBe("nameBothLanguages");
    expect(errors["citations.0.facts.0.row"]).toBe("pickRow");
  });
  it("a passage that backs no fact, with the message where the facts are ticked", async () => {
    expect((await rejected((i) => ({ ...i, citations: [{ ...i.citations[0]!, facts: [] }] })))["citations.0.facts"]).toBe("pickFacts");
  });
  it("a relation to a record that does not exist leaves nothing half-saved", async () => {
    const errors = await rejected((i) => ({ ...i, relations: [{ agreementId: 999_999, type: "RELATED", noteTh: "", noteEn: "" }] }));
    expect(errors["relations.0.agreementId"]).toBe("pickAgreement");
  });
  it("oversized and malformed bodies", async () => {
    const big = await create(request("/api/editor/agreements", "POST", { cookie: editor, raw: JSON.stringify({ input: { titleTh: "ก".repeat(600_000) } }) }));
    expect(big.status).toBe(413);
    const notJson = await create(request("/api/editor/agreements", "POST", { cookie: editor, raw: "{nope" }));
    expect(notJson.status).toBe(400);
    const tooLong = await rejected((i) => ({ ...i, titleEn: "x".repeat(501) }));
    expect(tooLong.titleEn).toBe("tooLong");
  });
});

describe("passages backing many facts", () => {
  it("one passage backs several facts; the API gives each fact the passage's id, and the passage once under its source", async () => {
    const input = await sampleInput(db, u("one-passage"));
    input.citations = [{ ...input.citations[0]!, quote: "MDES and MIC signed in March 2026", facts: [{ fact: "signedOn", row: null }, { fact: "party", row: 0 }, { fact: "party", row: 1 }] }];
    const response = await create(request("/api/editor/agreements", "POST", { cookie: editor, body: { input } }));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: number };
    expect(await db.citation.count({ where: { agreementId: id } })).toBe(1);
    expect(await db.citationFact.count({ where: { citation: { agreementId: id } } })).toBe(3);
    await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 1, action: "PUBLISH" } }), params(id));
    const { getPublicAgreement } = await import("@/lib/agreements/queries");
    const { serializeAgreement } = await import("@/lib/agreements/serialize");
    const view = serializeAgreement((await getPublicAgreement(u("one-passage")))!);
    const [citation] = view.sources.flatMap((s) => s.citations);
    expect(citation).toMatchObject({ quote: "MDES and MIC signed in March 2026", fact: "signedOn", facts: ["signedOn", "party"] });
    expect([view.factCitations.signedOn, ...view.parties.map((p) => p.citations)]).toEqual([[citation!.id], [citation!.id], [citation!.id]]);
    expect(view.signatories.map((s) => s.citations)).toEqual([[], []]);
  });

  it("a signatory's Japanese name goes to the person, a quote's Japanese rendering and the place of signing to the API, and all come back to the form", async () => {
    const input = await sampleInput(db, u("japanese-fields"));
    const nameEn = `Seiichiro Murakami ${u("")}`;
    input.signatories = [{ ...input.signatories[0]!, nameTh: `มุราคามิ เซอิจิโร ${u("")}`, nameEn, nameJa: "村上誠一郎" }, input.signatories[1]!];
    input.signedAtTh = "กรุงโตเกียว";
    input.signedAtEn = "Tokyo";
    input.signedAtJa = "東京";
    input.citations = [{ ...input.citations[0]!, quoteJa: "2026年3月に署名", facts: [{ fact: "signedOn", row: null }, { fact: "signedAt", row: null }] }];
    const response = await create(request("/api/editor/agreements", "POST", { cookie: editor, body: { input } }));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: number };
    expect((await db.person.findFirstOrThrow({ where: { nameEn } })).nameJa).toBe("村上誠一郎");
    const { loadAgreementInput } = await import("@/lib/editor/snapshot");
    const loaded = (await loadAgreementInput(db, id))!.input;
    expect([loaded.signatories[0]!.nameJa, loaded.signedAtJa, loaded.citations[0]!.quoteJa]).toEqual(["村上誠一郎", "東京", "2026年3月に署名"]);
    await publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 1, action: "PUBLISH" } }), params(id));
    const { getPublicAgreement } = await import("@/lib/agreements/queries");
    const { serializeAgreement } = await import("@/lib/agreements/serialize");
    const view = serializeAgreement((await getPublicAgreement(u("japanese-fields")))!);
    expect(view.placeOfSigning).toEqual({ th: "กรุงโตเกียว", en: "Tokyo", ja: "東京" });
    expect(view.factCitations.signedAt).toEqual(view.factCitations.signedOn);
    expect(view.sources[0]!.citations[0]!.quoteJa).toBe("2026年3月に署名");
    expect(view.signatories[0]!.name?.ja).toBe("村上誠一郎");
  });

  it("a client still sending one fact per citation (the shape before passages) is understood: copies of a passage become one", async () => {
    const input = await sampleInput(db, u("legacy-citations"));
    const old = (fact: string, row: number | null) => ({ source: 0, fact, row, quote: "signed in March 2026", quoteEn: "", quoteTh: "", contradicts: false, noteTh: "", noteEn: "" });
    const response = await create(request("/api/editor/agreements", "POST", { cookie: editor, body: { input: { ...input, citations: [old("signedOn", null), old("signatory", 1), old("party", 0)] } } }));
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: number };
    const rows = await db.citation.findMany({ where: { agreementId: id }, include: { facts: { orderBy: { id: "asc" } } } });
    expect(rows.map((c) => [c.quote, c.facts.map((f) => f.fact)])).toEqual([["signed in March 2026", ["signedOn", "signatory", "party"]]]);
  });

  it("a revision saved before passages is restored through today's form: its citations come back as passages", async () => {
    const { id } = await createDraft(u("legacy-revision"));
    const revision = await db.revision.findUniqueOrThrow({ where: { agreementId_version: { agreementId: id, version: 1 } } });
    const snapshot = revision.snapshot as { citations: Array<{ facts: Array<{ fact: string; row: number | null }> } & Record<string, unknown>> };
    // The snapshot as it was written before 5 December 2026: one fact per entry.
    const legacy = snapshot.citations.flatMap(({ facts, ...passage }) => facts.map((f) => ({ ...passage, fact: f.fact, row: f.row })));
    await db.revision.update({ where: { id: revision.id }, data: { snapshot: { ...snapshot, citations: [...legacy, { ...legacy[0]!, fact: "title", row: null }] } } });
    const restored = await restore(request(`/api/editor/agreements/${id}/restore`, "POST", { cookie: editor, body: { version: 1, revision: 1 } }), params(id));
    expect(restored.status).toBe(200);
    const rows = await db.citation.findMany({ where: { agreementId: id }, include: { facts: { orderBy: { id: "asc" } } } });
    expect(rows.map((c) => c.facts.map((f) => f.fact))).toEqual([["signedOn", "title"]]);
  });
});

describe("stale forms, history and restore", () => {
  // npm test runs this file on PostgreSQL and on the embedded database.
  it("50 concurrent conflicting saves, and 50 concurrent publication changes: exactly one success, 49 × 409, one revision each", async () => {
    const { id } = await createDraft(u("fifty-saves"));
    const { loadAgreementInput } = await import("@/lib/editor/snapshot");
    const base = (await loadAgreementInput(db, id))!.input;
    const saves = await Promise.all(
      Array.from({ length: 50 }, (_, i) => update(request(`/api/editor/agreements/${id}`, "PUT", { cookie: editor, body: { version: 1, input: { ...base, titleEn: `Concurrent title ${i}` } } }), params(id))),
    );
    const saveStatuses = saves.map((r) => r.status).sort();
    expect(saveStatuses).toEqual([200, ...Array(49).fill(409)]);
    expect(await db.revision.count({ where: { agreementId: id } })).toBe(2);

    const changes = await Promise.all(
      Array.from({ length: 50 }, () => publication(request(`/api/editor/agreements/${id}/publication`, "POST", { cookie: editor, body: { version: 2, action: "PUBLISH" } }), params(id))),
    );
    expect(changes.map((r) => r.status).sort()).toEqual([200, ...Array(49).fill(409)]);
    expect(await db.revision.findMany({ where: { agreementId: id }, orderBy: { version: "asc" }, select: { action: true } })).toEqual([{ action: "CREATE" }, { action: "UPDATE" }, { action: "PUBLISH" }]);
  });

  it("refuses a save from a stale form and says what changed; restore brings an old revision back as a new one", async () => {
    const { id } = await createDraft(u("conflict-case"));
    const { loadAgreementInput } = await import("@/lib/editor/snapshot");
    const base = (await loadAgreementInput(db, id))!.input;
    const first = await update(request(`/api/editor/agreements/${id}`, "PUT", { cookie: editor, body: { version: 1, input: { ...base, titleEn: "Changed by the first editor" } } }), params(id));
    expect(first.status).toBe(200);
    expect(((await first.json()) as { version: number }).version).toBe(2);

    const stale = await update(request(`/api/editor/agreements/${id}`, "PUT", { cookie: admin, body: { version: 1, input: { ...base, summaryEn: "Second editor's summary" } } }), params(id));
    expect(stale.status).toBe(409);
    const conflict = (await json(stale)).error;
    expect(conflict.code).toBe("conflict");
    expect(conflict.currentVersion).toBe(2);
    expect(conflict.changes).toEqual([{ field: "titleEn", before: "Test Memorandum of Cooperation", after: "Changed by the first editor" }]);
    const row = await db.agreement.findUniqueOrThrow({ where: { id } });
    expect(row.titleEn).toBe("Changed by the first editor");
    expect(row.summaryEn).toBeNull();

    const restored = await restore(request(`/api/editor/agreements/${id}/restore`, "POST", { cookie: editor, body: { version: 2, revision: 1 } }), params(id));
    expect(restored.status).toBe(200);
    expect((await db.agreement.findUniqueOrThrow({ where: { id } })).titleEn).toBe("Test Memorandum of Cooperation");
    const revisions = await db.revision.findMany({ where: { agreementId: id }, orderBy: { version: "asc" } });
    expect(revisions.map((r) => [r.version, r.action, r.restoredFromVersion])).toEqual([
      [1, "CREATE", null],
      [2, "UPDATE", null],
      [3, "RESTORE", 1],
    ]);
    expect(revisions[1]!.actorEmail).toMatch(/^editor-/);
    expect(revisions[2]!.changes).toEqual([{ field: "titleEn", before: "Changed by the first editor", after: "Test Memorandum of Cooperation" }]);
  });

  it("a changed slug keeps the old address as a redirect", async () => {
    const { id } = await createDraft(u("slug-before"));
    const input = await sampleInput(db, u("slug-after"));
    const response = await update(request(`/api/editor/agreements/${id}`, "PUT", { cookie: editor, body: { version: 1, input } }), params(id));
    expect(response.status).toBe(200);
    expect(await db.slugRedirect.findUnique({ where: { slug: u("slug-before") } })).toMatchObject({ agreementId: id });
  });

  it("seeded records start their history with an import, published through the same step as an editor's", async () => {
    const seededRecord = await db.agreement.findUniqueOrThrow({ where: { slug: "joint-statement-ict-2015" }, include: { revisions: { orderBy: { version: "asc" } } } });
    expect(seededRecord.revisions.slice(0, 2).map((r) => ({ version: r.version, action: r.action, userId: r.userId }))).toEqual([
      { version: 1, action: "IMPORT", userId: null },
      { version: 2, action: "PUBLISH", userId: null },
    ]);
  });

  it("every seeded record saved unchanged through the form keeps its public view, citations included", async () => {
    const { loadAgreementInput } = await import("@/lib/editor/snapshot");
    const { getPublicAgreement } = await import("@/lib/agreements/queries");
    const { serializeAgreement } = await import("@/lib/agreements/serialize");
    // Row and citation ids are new after a save; what they point at must not be.
    const comparable = (slug: string) =>
      getPublicAgreement(slug).then((a) => JSON.parse(JSON.stringify(serializeAgreement(a!), (k, v: unknown) => (k === "id" || k === "updatedAt" ? undefined : Array.isArray(v) && v.every((n) => typeof n === "number") ? v.length : v))));
    for (const slug of ["joint-statement-ict-2015", "moc-postal-services", "moc-ict-digital-2017", "moc-ict-digital-2022", "depa-mic-moc-digital-innovation-2022"]) {
      const record = await db.agreement.findUniqueOrThrow({ where: { slug } });
      const publicBefore = await comparable(slug);
      const before = (await loadAgreementInput(db, record.id))!;
      const response = await update(request(`/api/editor/agreements/${record.id}`, "PUT", { cookie: editor, body: { version: before.version, input: before.input } }), params(record.id));
      expect(response.status, slug).toBe(200);
      expect((await loadAgreementInput(db, record.id))!.input).toEqual(before.input);
      expect(await comparable(slug), slug).toEqual(publicBefore);
      const revision = await db.revision.findFirstOrThrow({ where: { agreementId: record.id }, orderBy: { version: "desc" } });
      expect(revision.changes, slug).toEqual([]);
    }
  });
});
