// Archived sources and quote checks (issue 14, part 1), and corrections to a
// shared source (part 2): an editor archives a PDF, a quote not in it is
// flagged, `npm run check:citations` names it and exits non-zero; a URL
// corrected once is what every record citing the source shows.
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { promisify } from "node:util";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as archivePost } from "@/app/api/editor/sources/[id]/archive/route";
import { POST as sourcePost } from "@/app/api/editor/sources/[id]/route";
import { GET as agreementGet } from "@/app/api/v1/agreements/[slug]/route";
import { GET as archiveGet } from "@/app/api/v1/sources/[key]/archive/route";
import { createAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import en from "@/messages/en.json";
import th from "@/messages/th.json";
import { db, seeded } from "../helpers/db";
import { passage, sampleInput } from "../helpers/editor-input";
import { createStaff, createStaffActor } from "../helpers/staff";

const ORIGIN = "http://registry.test";
const post = (handler: typeof archivePost, path: string, cookie: string, body: unknown, id: number) =>
  handler(new Request(`${ORIGIN}${path}`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN, host: "registry.test", cookie }, body: JSON.stringify(body) }), {
    params: Promise.resolve({ id: String(id) }),
  });
const archive = (cookie: string, id: number, body: unknown) => post(archivePost, `/api/editor/sources/${id}/archive`, cookie, body, id);
const correct = (cookie: string, id: number, input: unknown) => post(sourcePost, `/api/editor/sources/${id}`, cookie, { input }, id);

async function pdfOf(lines: string[]): Promise<string> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  lines.forEach((line, i) => page.drawText(line, { x: 40, y: 760 - i * 20, size: 12, font }));
  return Buffer.from(await doc.save()).toString("base64");
}

/** Two published records citing one new source, with one quote that the source states and one it does not. */
async function twoRecordsOnOneSource(tag: string) {
  const actor = await createStaffActor("editor");
  const first = await sampleInput(db, `src-${tag}-a`);
  first.sources = [{ sourceId: null, newSource: { title: `Press release ${tag}`, url: "https://example.org/old-address", publisher: "MIC", language: "en", publishedOn: "2026-03-10" } }];
  first.citations = [
    passage("signed the memorandum in March 2026", [["signedOn", null]]),
    passage("valid for five years", [["termMonths", null]]),
  ];
  const a = await createAgreement(db, actor, first);
  await changePublication(db, actor, a.id, a.version, "PUBLISH");
  const sourceId = (await db.citation.findFirstOrThrow({ where: { agreementId: a.id } })).sourceId;
  const second = await sampleInput(db, `src-${tag}-b`);
  second.sources = [{ sourceId, newSource: null }];
  second.citations = [passage("signed the memorandum in March 2026", [["signedOn", null]])];
  const b = await createAgreement(db, actor, second);
  await changePublication(db, actor, b.id, b.version, "PUBLISH");
  return { sourceId, slugs: [`src-${tag}-a`, `src-${tag}-b`], ids: [a.id, b.id] };
}

const flags = (agreementId: number) => db.citation.findMany({ where: { agreementId }, orderBy: { id: "asc" }, select: { facts: { select: { fact: true } }, quoteFound: true } }).then((rows) => rows.map((r) => ({ fact: r.facts.map((f) => f.fact).join(), quoteFound: r.quoteFound })));

beforeAll(async () => {
  await seeded();
});

// Other files count the published records: this file's go, with their sources.
afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { startsWith: "src-" } } });
  await db.source.deleteMany({ where: { title: { startsWith: "Press release " }, citations: { none: {} } } });
});

describe("archived copies and quote checks", () => {
  it("a citation is unchecked until its source is archived, then checked against the archived PDF", async () => {
    const { cookie } = await createStaff("editor");
    const { sourceId, ids } = await twoRecordsOnOneSource("pdf");
    expect(await flags(ids[0]!)).toEqual([
      { fact: "signedOn", quoteFound: null },
      { fact: "termMonths", quoteFound: null },
    ]);
    const file = await pdfOf(["Tokyo, 10 March 2026.", "The two ministries signed the memorandum", "in March 2026. It is valid for three years."]);
    const response = await archive(cookie, sourceId, { retrievedOn: "2026-03-11", file: { name: "press.pdf", base64: file } });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ mediaType: "application/pdf", checked: 3, notFound: 1 });
    expect(await flags(ids[0]!)).toEqual([
      { fact: "signedOn", quoteFound: true },
      { fact: "termMonths", quoteFound: false },
    ]);
    const stored = await db.sourceArchive.findUniqueOrThrow({ where: { sourceId } });
    expect([stored.fileName, stored.byteSize, stored.retrievedOn?.toISOString().slice(0, 10), stored.content?.byteLength]).toEqual(["press.pdf", Buffer.from(file, "base64").byteLength, "2026-03-11", stored.byteSize]);
    expect(stored.sha256).toMatch(/^[0-9a-f]{64}$/);
    const revision = await db.entityRevision.findFirstOrThrow({ where: { entity: "source", entityId: sourceId }, orderBy: { id: "desc" } });
    expect([revision.action, revision.agreementIds.sort()]).toEqual(["archive", [...ids].sort()]);
    expect(await db.auditEntry.count({ where: { action: "source.archive", target: `source:${sourceId}` } })).toBe(1);

    // A record saved later is checked as it is saved.
    const actor = await createStaffActor("editor");
    const third = await sampleInput(db, "src-pdf-c");
    third.sources = [{ sourceId, newSource: null }];
    third.citations = [passage("valid for three years", [["signedOn", null]])];
    const c = await createAgreement(db, actor, third);
    expect(await flags(c.id)).toEqual([{ fact: "signedOn", quoteFound: true }]);
    // The API says where the copy is; the public file is the PDF as uploaded.
    const { data } = await (await agreementGet(new Request(`${ORIGIN}/api/v1/agreements/src-pdf-a`), { params: Promise.resolve({ slug: "src-pdf-a" }) })).json();
    expect(data.sources[0].archive).toEqual({ retrievedOn: "2026-03-11", sha256: stored.sha256, mediaType: "application/pdf", file: "/api/v1/sources/press-release-pdf/archive" });
    const download = await archiveGet(new Request(`${ORIGIN}${data.sources[0].archive.file}`), { params: Promise.resolve({ key: "press-release-pdf" }) });
    expect([download.status, download.headers.get("content-type"), download.headers.get("content-disposition")]).toEqual([200, "application/pdf", `attachment; filename="press.pdf"; filename*=UTF-8''press.pdf`]);
    expect(download.headers.get("content-security-policy")).toContain("sandbox");
    expect(Buffer.from(await download.arrayBuffer()).equals(Buffer.from(file, "base64"))).toBe(true);
    // This test's quote not found would fail the command-line check of the next test: its records go.
    await db.agreement.deleteMany({ where: { slug: { startsWith: "src-pdf-" } } });
  });

  it("stores a Thai PDF whose tone marks are unmapped glyphs (text with NUL would be refused by PostgreSQL)", async () => {
    const { cookie } = await createStaff("editor");
    const { sourceId } = await twoRecordsOnOneSource("thai");
    const file = readFileSync("tests/fixtures/thai-press-release.pdf").toString("base64");
    const response = await archive(cookie, sourceId, { retrievedOn: "2026-03-11", file: { name: "ข่าว.pdf", base64: file } });
    expect(response.status).toBe(200);
    const stored = await db.sourceArchive.findUniqueOrThrow({ where: { sourceId } });
    expect([stored.mediaType, stored.fileName]).toEqual(["application/pdf", "ข่าว.pdf"]);
    expect(stored.text).toContain("กรุงโตเกียว");
    // Its English quotes are not in the Thai text: gone before the command-line check.
    await db.agreement.deleteMany({ where: { slug: { startsWith: "src-thai-" } } });
  });

  it("npm run check:citations names every quote not found and exits 1; 0 once the archive states it", async () => {
    const { cookie } = await createStaff("editor");
    const { sourceId, slugs } = await twoRecordsOnOneSource("cli");
    await archive(cookie, sourceId, { retrievedOn: "2026-03-11", text: "They signed the memorandum in March 2026." });
    // Make the stored flag wrong, as a database restored from elsewhere might have it: the command checks again.
    await db.citation.updateMany({ where: { sourceId }, data: { quoteFound: true } });
    const run = () =>
      promisify(execFile)(process.execPath, ["--import", "tsx", "scripts/check-citations.ts"], { env: { ...process.env }, cwd: process.cwd() }).then(
        (r) => ({ code: 0, out: r.stdout }),
        (e: { code: number; stdout: string }) => ({ code: e.code, out: e.stdout }),
      );
    // A pasted quote with terminal escapes (retitle the window, clear the screen): shown, not obeyed (issue 26, part 8).
    const [pasted] = await db.citation.findMany({ where: { sourceId, facts: { some: { fact: "termMonths" } } } });
    await db.citation.update({ where: { id: pasted!.id }, data: { quote: `${pasted!.quote}\u001b]0;owned\u0007\u001b[2J\r` } });
    const failed = await run();
    expect(failed.code).toBe(1);
    expect(failed.out).toMatch(new RegExp(`not found: ${slugs[0]} · termMonths · citation \\d+ · source press-release-cli.*valid for five years`));
    expect(failed.out).not.toMatch(/[\u0007\u001b\r]/);
    expect(failed.out).toContain("\\u001b]0;owned\\u0007\\u001b[2J\\u000d");
    expect(failed.out).not.toContain(`${slugs[1]} · signedOn`);
    expect((await db.citation.findMany({ where: { sourceId, quoteFound: false } })).length).toBe(1);
    await db.citation.update({ where: { id: pasted!.id }, data: { quote: pasted!.quote } });

    await archive(cookie, sourceId, { retrievedOn: "2026-03-12", text: "They signed the memorandum in March 2026. It is valid for five years." });
    const passed = await run();
    expect(passed.code, passed.out).toBe(0);
    expect(passed.out).toMatch(/\d+ quotes checked against archived copies, 0 not found/);
  });

  it("refuses what is not a PDF, HTML or text, an empty copy, a missing or future retrieval date: a message in both languages, nothing stored", async () => {
    const { cookie } = await createStaff("editor");
    const { sourceId } = await twoRecordsOnOneSource("bad");
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]).toString("base64");
    const cases = [
      [{ retrievedOn: "2026-03-11", file: { name: "photo.png", base64: png } }, "file", "archiveType"],
      [{ retrievedOn: "2026-03-11", text: "   " }, "text", "archivePick"],
      [{ retrievedOn: "2026-03-11" }, "text", "archivePick"],
      [{ retrievedOn: "2999-01-01", text: "text" }, "retrievedOn", "archiveRetrievedOn"],
      [{ retrievedOn: "", text: "text" }, "retrievedOn", "archiveRetrievedOn"],
      [{ retrievedOn: "2026-03-11", file: { name: "x.pdf", base64: Buffer.from("%PDF-1.7 broken").toString("base64") } }, "file", "archiveUnreadable"],
    ] as const;
    for (const [body, field, key] of cases) {
      const response = await archive(cookie, sourceId, body);
      expect(response.status, key).toBe(422);
      expect((await response.json()).error.fieldErrors[field]).toBe(key);
      expect(th.Editor.errors[key]).toBeTruthy();
      expect(en.Editor.errors[key]).toBeTruthy();
    }
    expect(await db.sourceArchive.count({ where: { sourceId } })).toBe(0);
    const viewer = await createStaff("viewer");
    expect((await archive(viewer.cookie, sourceId, { retrievedOn: "2026-03-11", text: "x" })).status).toBe(403);
    expect((await archive(cookie, 2_000_000_000, { retrievedOn: "2026-03-11", text: "x" })).status).toBe(404);
  });
});

describe("correcting a shared source", () => {
  it("a URL corrected once is what every record citing the source shows, revisioned with the records it touched", async () => {
    const { cookie } = await createStaff("editor");
    const { sourceId, slugs, ids } = await twoRecordsOnOneSource("url");
    const response = await correct(cookie, sourceId, { title: "Press release url", url: "https://example.org/new-address", publisher: "MIC", language: "en", publishedOn: "2026-03-10" });
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ changes: [{ field: "url", before: "https://example.org/old-address", after: "https://example.org/new-address" }] });
    for (const slug of slugs) {
      const { data } = await (await agreementGet(new Request(`${ORIGIN}/api/v1/agreements/${slug}`), { params: Promise.resolve({ slug }) })).json();
      expect(data.sources.map((s: { url: string }) => s.url)).toEqual(["https://example.org/new-address"]);
    }
    const revision = await db.entityRevision.findFirstOrThrow({ where: { entity: "source", entityId: sourceId, action: "update" } });
    expect(revision.agreementIds.sort()).toEqual([...ids].sort());
    expect(revision.changes).toEqual([{ field: "url", before: "https://example.org/old-address", after: "https://example.org/new-address" }]);

    const bad = await correct(cookie, sourceId, { title: "", url: "javascript:alert(1)", publisher: "", language: "en", publishedOn: "2567" });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error.fieldErrors).toEqual({ title: "sourceTitleRequired", url: "urlHttp", publishedOn: "dateBuddhistEra" });
    expect((await db.source.findUniqueOrThrow({ where: { id: sourceId } })).url).toBe("https://example.org/new-address");
  });
});
