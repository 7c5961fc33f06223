import { describe, expect, it } from "vitest";
import { PDFDocument, StandardFonts } from "pdf-lib";
import { readFileSync } from "node:fs";
import { ARCHIVE_MAX_BYTES, extractArchive } from "@/lib/sources/extract";
import { prepareArchivedText, quoteFoundIn } from "@/lib/sources/quote-check";
import { flateBombPdf, manyPagesPdf, nestedPdf, pageTreeCyclePdf } from "../../tests/helpers/hostile-pdf";

const bytes = (s: string) => new TextEncoder().encode(s);

async function pdfWith(lines: string[]): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage();
  lines.forEach((line, i) => page.drawText(line, { x: 40, y: 760 - i * 20, size: 12, font }));
  return doc.save();
}

describe("archive text extraction", () => {
  it("reads the text of a PDF", async () => {
    const r = await extractArchive(await pdfWith(["MIC signed the Memorandum of Cooperation", "on 5 August 2022."]));
    expect(r).toMatchObject({ ok: true, mediaType: "application/pdf" });
    expect(r.ok && r.text).toContain("Memorandum of Cooperation");
  });

  it("reads a Thai PDF printed by Chromium, with an unmapped glyph stored as U+FFFD (PostgreSQL refuses NUL), and its quotes are found", async () => {
    const file = new Uint8Array(readFileSync("tests/fixtures/thai-press-release.pdf"));
    const r = await extractArchive(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.text).not.toContain("\u0000");
    expect(r.text).toContain("\uFFFD");
    const archive = prepareArchivedText(r.text, r.mediaType);
    expect(quoteFoundIn(archive, "ลงนามบันทึกความร่วมมือเมื่อเดือนมีนาคม ๒๕๖๙ ณ กรุงโตเกียว")).toBe(true);
    expect(quoteFoundIn(archive, "ลงนามบันทึกความร่วมมือเมื่อเดือนเมษายน ๒๕๖๙")).toBe(false);
  });

  it("reads the text of an HTML page, without its scripts and styles", async () => {
    const r = await extractArchive(bytes('<!DOCTYPE html><html><head><style>p{color:red}</style><script>var x="hidden"</script></head><body><p>ดีอีเอส <a href="/x">MOC</a> ญี่ปุ่น</p></body></html>'));
    expect(r).toMatchObject({ ok: true, mediaType: "text/html" });
    expect(r.ok && r.text).toContain("ดีอีเอส MOC ญี่ปุ่น");
    expect(r.ok && r.text).not.toMatch(/hidden|color/);
  });

  it("keeps plain UTF-8 text as it is", async () => {
    expect(await extractArchive(bytes("\uFEFFข่าวที่ ๑"))).toEqual({ ok: true, mediaType: "text/plain", text: "ข่าวที่ ๑" });
  });

  it("refuses images, legacy encodings, empty, broken and oversized files", async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(await extractArchive(png)).toEqual({ ok: false, error: "archiveType" });
    // "ข่าว" in TIS-620, the old Thai code page: not UTF-8.
    expect(await extractArchive(new Uint8Array([0xa2, 0xe8, 0xd2, 0xc7]))).toEqual({ ok: false, error: "archiveType" });
    expect(await extractArchive(bytes("  \n "))).toEqual({ ok: false, error: "archiveEmpty" });
    expect(await extractArchive(new Uint8Array())).toEqual({ ok: false, error: "archiveEmpty" });
    expect(await extractArchive(bytes("%PDF-1.7 not really a pdf"))).toEqual({ ok: false, error: "archiveUnreadable" });
    expect(await extractArchive(new Uint8Array(ARCHIVE_MAX_BYTES + 1))).toEqual({ ok: false, error: "archiveTooLarge" });
  });
});

describe("hostile PDFs (read in a bounded child process)", () => {
  it("refuses a PDF of thousands of pages without reading them", async () => {
    expect(await extractArchive(await manyPagesPdf(5000))).toEqual({ ok: false, error: "archiveTooManyPages" });
  });

  it("gives up on a compression bomb (1 MB inflating to 1 GB) past the memory ceiling, and this process stays small", { timeout: 60_000 }, async () => {
    const bomb = await flateBombPdf(1024);
    expect(bomb.byteLength).toBeLessThan(ARCHIVE_MAX_BYTES);
    const before = process.memoryUsage().rss;
    expect(await extractArchive(bomb)).toEqual({ ok: false, error: "archiveTooComplex" });
    expect(process.memoryUsage().rss - before).toBeLessThan(100 * 1024 * 1024);
  });

  it("refuses objects nested beyond reason and a page tree that loops", { timeout: 60_000 }, async () => {
    for (const file of [nestedPdf(), pageTreeCyclePdf()]) {
      const result = await extractArchive(file);
      expect(result.ok).toBe(false);
      expect(["archiveTooComplex", "archiveUnreadable", "archiveEmpty"]).toContain(!result.ok && result.error);
    }
  });
});
