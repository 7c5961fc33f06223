// Archived sources in Chromium (issue 14, parts 1 and 2): an editor archives
// a Thai PDF for a source, the quote the PDF does not contain is flagged on
// the source's page, in the record's form and in the staff list; the public
// record offers the archived copy, whose page shows its text; a URL
// corrected once on the source's page is what the public record links to.
import AxeBuilder from "@axe-core/playwright";
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "@playwright/test";
import { expect, test, watchContext } from "../helpers/test";
import { minimalInput, query, staffPage, uniqueSlug, write } from "../helpers/staff";

/** A Thai press release as a PDF, printed by Chromium with the site's Thai font (so its text can be read back). */
async function thaiPdf(browser: Browser, paragraphs: string[]): Promise<Buffer> {
  const font = readFileSync(path.join("node_modules/@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff2")).toString("base64");
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent(`<html lang="th"><style>@font-face{font-family:T;src:url(data:font/woff2;base64,${font})} body{font-family:T,sans-serif}</style><body>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</body></html>`);
  await page.evaluate(() => document.fonts.ready);
  const pdf = await page.pdf();
  await context.close();
  return pdf;
}

test("an editor archives a PDF: the quote it lacks is flagged everywhere an editor looks, and the public sees the archived copy", async ({ browser }) => {
  test.setTimeout(120_000);
  const { context, page } = await staffPage(browser, "editor");
  const slug = uniqueSlug("archived");
  const title = `ข่าวกระทรวงดิจิทัล ${slug}`;
  const input = {
    ...minimalInput(slug, "E2E archived source"),
    signedOn: "2026-03",
    sources: [{ sourceId: null, newSource: { title, url: "https://example.org/moved-away", publisher: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", language: "th", publishedOn: "2026-03-10" } }],
    citations: [
      { source: 0, fact: "signedOn", row: null, quote: "ลงนามบันทึกความร่วมมือเมื่อเดือนมีนาคม ๒๕๖๙", quoteEn: "signed the MoC in March 2026", noteTh: "", noteEn: "" },
      { source: 0, fact: "title", row: null, quote: "ความร่วมมือด้านไปรษณีย์", quoteEn: "cooperation on postal services", noteTh: "", noteEn: "" },
    ],
  };
  const created = await write(context.request, "POST", "/api/editor/agreements", { input });
  expect(created.status()).toBe(201);
  const { id, version } = await created.json();
  expect((await write(context.request, "POST", `/api/editor/agreements/${id}/publication`, { version, action: "PUBLISH" })).status()).toBe(200);
  const { sourceId } = (await query<{ sourceId: number }>(`SELECT "sourceId" FROM "Citation" WHERE "agreementId" = $1 LIMIT 1`, [id]))[0]!;

  // The source's staff page, in Thai: the records a change touches, then the archive form.
  await page.goto(`/th/editor/sources/${sourceId}`);
  await expect(page.getByTestId("affected-records")).toContainText("การแก้ไขที่นี่จะเปลี่ยนสิ่งที่บันทึก 1 รายการต่อไปนี้แสดง:");
  await expect(page.getByTestId("affected-records")).toContainText("ความตกลงสำหรับทดสอบ");
  await expect(page.getByTestId("quote-check").first()).toHaveText("ยังไม่ได้ตรวจ (ไม่มีสำเนา)");
  const pdf = await thaiPdf(browser, ["กรุงเทพฯ 10 มีนาคม 2569", "ทั้งสองกระทรวงลงนามบันทึกความร่วมมือเมื่อเดือนมีนาคม 2569 ณ กรุงโตเกียว"]);
  await page.locator("#archive-file").setInputFiles({ name: "ข่าว.pdf", mimeType: "application/pdf", buffer: pdf });
  await page.locator("#f-retrievedOn").fill("2026-03-11");
  await page.getByRole("button", { name: "จัดเก็บสำเนาและตรวจข้อความอ้างอิง" }).click();
  await expect(page.getByTestId("source-status")).toHaveText("จัดเก็บแล้ว ตรวจข้อความอ้างอิง 2 รายการ ไม่พบ 1 รายการ");
  await expect(page.getByTestId("archive-summary")).toContainText("ข่าว.pdf");
  await expect(page.getByTestId("quotes-not-found-summary")).toHaveText("ข้อความอ้างอิง 1 รายการไม่พบในสำเนาที่เก็บไว้");
  await expect(page.getByTestId("quote-check")).toHaveText(["ไม่พบ", "พบ"]);
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // The record's form flags that quote, and only that one.
  await page.goto(`/th/editor/agreements/${id}`);
  await expect(page.getByTestId("quote-not-found")).toHaveCount(1);
  await expect(page.getByTestId("quote-not-found")).toHaveText("ไม่พบข้อความนี้ในสำเนาของแหล่งข้อมูล โปรดตรวจทานกับต้นฉบับทีละคำ");
  await expect(page.locator("#f-citations-1-quote")).toHaveValue("ความร่วมมือด้านไปรษณีย์");

  // The staff list in English: the "quotes not found" filter finds it.
  await page.goto(`/en/editor?flag=quotes&q=${slug}`);
  await expect(page.getByTestId("staff-records-count")).toHaveText("1 record matches");
  await expect(page.getByTestId("staff-record-checks")).toContainText("1 quote not found in the archived copy");

  // Corrected once on the source's page (in English)...
  await page.goto(`/en/editor/sources/${sourceId}`);
  await page.locator("#f-url").fill("https://example.org/the-new-address");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByTestId("source-status")).toHaveText("Saved: 1 field changed.");
  await expect(page.getByTestId("source-history-list")).toContainText("details corrected (url)");
  await context.close();

  // ...the public record links to the new address and to the archived copy.
  const readerContext = watchContext(await browser.newContext());
  const reader = await readerContext.newPage();
  await reader.goto(`/en/agreements/${slug}`);
  const sources = reader.getByTestId("sources");
  await expect(sources.getByRole("link", { name: new RegExp(title) })).toHaveAttribute("href", "https://example.org/the-new-address");
  await sources.getByTestId("archived-copy").click();
  await expect(reader).toHaveURL(new RegExp(`/en/sources/`));
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(title);
  await expect(reader.getByTestId("archive-facts")).toContainText("11 March 2026");
  await expect(reader.getByTestId("archived-text")).toContainText("กรุงโตเกียว");
  const download = await reader.request.get((await reader.getByTestId("archive-download").getAttribute("href"))!);
  expect(Buffer.from(await download.body()).equals(pdf)).toBe(true);
  expect((await new AxeBuilder({ page: reader }).analyze()).violations).toEqual([]);
  // The same page in Thai, with the Buddhist Era.
  await reader.goto(reader.url().replace("/en/", "/th/"));
  await expect(reader.getByTestId("archive-facts")).toContainText("11 มีนาคม 2569");
  await expect(reader.getByTestId("citing-records")).toContainText("ความตกลงสำหรับทดสอบ");
  await readerContext.close();
});

test("the archive form refuses an image with a message beside the field, and stores nothing", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  const { id } = (await query<{ id: number }>(`SELECT id FROM "Source" WHERE key = 'thaigov-4283'`))[0]!;
  const before = await query<{ sha256: string }>(`SELECT sha256 FROM "SourceArchive" WHERE "sourceId" = $1`, [id]);
  await page.goto(`/en/editor/sources/${id}`);
  await page.locator("#archive-file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]) });
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByRole("button", { name: "Store the copy and check the quotes" }).click();
  await expect(page.getByTestId("error-file")).toHaveText("Only a PDF, an HTML page or a UTF-8 text file can be archived.");
  expect(await query<{ sha256: string }>(`SELECT sha256 FROM "SourceArchive" WHERE "sourceId" = $1`, [id])).toEqual(before);
  await context.close();
});

test("an archived HTML page with a script never runs it in the site's origin, even displayed rather than downloaded (issue 26, part 1)", async ({ browser }) => {
  const { context } = await staffPage(browser, "editor");
  const slug = uniqueSlug("archived-html");
  const title = `Archived page with a script ${slug}`;
  const created = await write(context.request, "POST", "/api/editor/agreements", {
    input: { ...minimalInput(slug, "E2E archived HTML"), sources: [{ sourceId: null, newSource: { title, url: "https://example.org/page", publisher: "", language: "en", publishedOn: "" } }], citations: [{ source: 0, fact: "title", row: null, quote: "E2E archived HTML", quoteEn: "", noteTh: "", noteEn: "" }] },
  });
  expect(created.status()).toBe(201);
  const { id, version } = await created.json();
  expect((await write(context.request, "POST", `/api/editor/agreements/${id}/publication`, { version, action: "PUBLISH" })).status()).toBe(200);
  const { sourceId } = (await query<{ sourceId: number }>(`SELECT "sourceId" FROM "Citation" WHERE "agreementId" = $1 LIMIT 1`, [id]))[0]!;
  const html = `<!doctype html><html><head><title>archived</title></head><body><p>E2E archived HTML</p><script>document.title = "script ran"; alert(document.domain)</script></body></html>`;
  const archived = await write(context.request, "POST", `/api/editor/sources/${sourceId}/archive`, { retrievedOn: "2026-03-11", file: { name: "page.html", base64: Buffer.from(html).toString("base64") } });
  expect(archived.status()).toBe(200);
  await context.close();

  // Not watched for policy violations: refusing the copy's script is what is tested here.
  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`/en/agreements/${slug}`);
  await reader.getByTestId("sources").getByTestId("archived-copy").click();
  const href = (await reader.getByTestId("archive-download").getAttribute("href"))!;
  // The browser is made to display the copy (its Content-Disposition removed),
  // as a browser that ignores the header would: the policy alone must hold.
  let policy: string | undefined;
  await reader.route(`**${href}`, async (route) => {
    const response = await route.fetch();
    const headers = response.headers();
    policy = headers["content-security-policy"];
    delete headers["content-disposition"];
    await route.fulfill({ response, headers });
  });
  const dialogs: string[] = [];
  reader.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const blocked = reader.waitForEvent("console", (message) => /blocked script execution|content security policy/i.test(message.text()));
  await reader.goto(href);
  await expect(reader.getByText("E2E archived HTML")).toBeVisible();
  await blocked;
  expect(policy).toBe("sandbox; default-src 'none'");
  expect(await reader.title()).toBe("archived");
  expect(dialogs).toEqual([]);
  await readerContext.close();
});
