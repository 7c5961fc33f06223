// Nothing typed is lost (issue 14, part 6): the form keeps a local draft
// while it has unsaved changes; after a reload, or a save that could not
// reach the server, it offers the draft back, and forgets it once saved.
import { expect, test } from "../helpers/test";
import { minimalInput, staffPage, uniqueSlug, write } from "../helpers/staff";

test("a reload in the middle of a new record offers back everything typed, in Thai", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  page.on("dialog", (dialog) => void dialog.accept());
  await page.goto("/th/editor/agreements/new");
  const slug = uniqueSlug("draft-new");
  await page.locator("#f-slug").fill(slug);
  await page.locator("#f-titleTh").fill("บันทึกความร่วมมือที่ยังไม่ได้บันทึก");
  await page.locator("#f-titleEn").fill("An unsaved memorandum");
  await page.locator("#f-signedOn").fill("<=2026-03-14");
  await expect(page.locator("#f-signedOn-hint")).toContainText("ไม่เกินวันที่ 14 มีนาคม 2569");
  // The draft is written a moment after typing stops.
  await expect.poll(() => page.evaluate(() => window.localStorage.getItem("registry:editor-draft:new"))).toContain("An unsaved memorandum");
  await page.reload();
  const offer = page.getByTestId("local-draft");
  await expect(offer.getByRole("heading")).toHaveText("มีข้อมูลที่ยังไม่ได้บันทึกเก็บไว้");
  await expect(page.locator("#f-titleEn")).toHaveValue("");
  await offer.getByRole("button", { name: "กู้คืนข้อมูลที่กรอกไว้" }).click();
  await expect(offer).toHaveCount(0);
  await expect(page.locator("#f-slug")).toHaveValue(slug);
  await expect(page.locator("#f-titleTh")).toHaveValue("บันทึกความร่วมมือที่ยังไม่ได้บันทึก");
  await expect(page.locator("#f-signedOn")).toHaveValue("<=2026-03-14");
  // Saved: the draft is gone, and a new form offers nothing.
  await page.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }).click();
  await expect(page).toHaveURL(/\/th\/editor\/agreements\/\d+\?created=1$/);
  await page.goto("/th/editor/agreements/new");
  await expect(page.locator("#f-slug")).toBeVisible();
  await expect(page.getByTestId("local-draft")).toHaveCount(0);
  await context.close();
});

test("a save that cannot reach the server keeps the edit; after a reload it is offered back and saved, in English", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  page.on("dialog", (dialog) => void dialog.accept());
  const slug = uniqueSlug("draft-edit");
  const created = await (await write(context.request, "POST", "/api/editor/agreements", { input: minimalInput(slug, "Draft test record") })).json();
  await page.goto(`/en/editor/agreements/${created.id}`);
  await page.locator("#f-summaryEn").fill("Typed while the connection was down.");
  await expect.poll(() => page.evaluate((key) => window.localStorage.getItem(key), `registry:editor-draft:${created.id}`)).toContain("connection was down");
  await context.setOffline(true);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("editor-status")).toContainText(/connection|reach/i);
  await context.setOffline(false);
  await page.reload();
  await page.getByTestId("local-draft").getByRole("button", { name: "Restore what I typed" }).click();
  await expect(page.locator("#f-summaryEn")).toHaveValue("Typed while the connection was down.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("editor-status")).toContainText("Saved");
  expect(await page.evaluate((key) => window.localStorage.getItem(key), `registry:editor-draft:${created.id}`)).toBeNull();
  await page.reload();
  await expect(page.locator("#f-summaryEn")).toHaveValue("Typed while the connection was down.");
  await expect(page.getByTestId("local-draft")).toHaveCount(0);
  await context.close();
});

test("a draft kept before citations were passages (and before the place of signing) is restored in today's shape", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  await page.goto("/en/editor/agreements/new");
  // What the form wrote to localStorage before 5 December 2026: one fact per citation, no place of signing.
  const old = {
    ...minimalInput(uniqueSlug("draft-legacy"), "A memorandum kept in an old draft"),
    signedOn: "2026-03-10",
    sources: [{ sourceId: null, newSource: { title: "An old press release", url: "", publisher: "", language: "en", publishedOn: "" } }],
    citations: [
      { source: 0, fact: "signedOn", row: null, quote: "signed on 10 March 2026", quoteEn: "", quoteTh: "", contradicts: false, noteTh: "", noteEn: "" },
      { source: 0, fact: "title", row: null, quote: "signed on 10 March 2026", quoteEn: "", quoteTh: "", contradicts: false, noteTh: "", noteEn: "" },
    ],
  } as Record<string, unknown>;
  for (const key of ["signedAtTh", "signedAtEn", "signedAtJa"]) delete old[key];
  await page.evaluate((values) => window.localStorage.setItem("registry:editor-draft:new", JSON.stringify({ values, version: 0, savedAt: new Date().toISOString() })), old);
  await page.reload();
  await page.getByTestId("local-draft").getByRole("button", { name: "Restore what I typed" }).click();
  await expect(page.locator("#f-citations-0-quote")).toHaveValue("signed on 10 March 2026");
  await expect(page.locator("#f-citations-1-quote")).toHaveCount(0);
  await expect(page.locator("#f-citations-0-facts-signedOn")).toBeChecked();
  await expect(page.locator("#f-citations-0-facts-title")).toBeChecked();
  await expect(page.locator("#f-signedAtEn")).toHaveValue("");
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/en\/editor\/agreements\/\d+\?created=1$/);
  await context.close();
});
