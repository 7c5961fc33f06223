// The record form's index (issue 27): it stays at the top as the editor
// scrolls, marks the part in view, counts each part's uncited facts and
// errors, and each part folds, on a desktop screen and on a phone. Screenshots
// of the form (th) and of a record (ja) at both widths are kept with the
// test's output for a person to look at; axe scans the form with the index.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../helpers/test";
import { query, signInContext } from "../helpers/staff";

for (const width of [1280, 390]) {
  test(`the form's index follows the scroll, counts what is uncited, and parts fold (${width} px)`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await signInContext(page.request, "editor");
    await page.goto("/th/editor/agreements/new");
    const index = page.getByTestId("form-index");
    await expect(index.getByRole("link")).toHaveCount(8);
    // A new record states only its kind, uncited.
    await expect(page.getByTestId("index-uncited-identity")).toHaveText("ไม่มีอ้างอิง 1");
    await page.locator("#f-titleTh").fill("บันทึกความร่วมมือทดสอบ");
    await expect(page.getByTestId("index-uncited-identity")).toHaveText("ไม่มีอ้างอิง 2");
    await page.locator("#f-signedOn").fill("2025-10-15");
    await expect(page.getByTestId("index-uncited-dates")).toHaveText("ไม่มีอ้างอิง 1");

    // Going to a part: the index is still on screen and marks it.
    await index.getByRole("link", { name: /แหล่งที่มาและการอ้างอิง/ }).click();
    await expect(index.getByRole("link", { name: /แหล่งที่มาและการอ้างอิง/ })).toHaveAttribute("aria-current", "location");
    expect((await index.boundingBox())!.y).toBeLessThan(5);
    // The index scrolls sideways within itself; the page never does.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    // Its heading shows below the index, not under it.
    await expect(page.locator("#part-sources-title")).toBeInViewport();
    expect((await page.locator("#part-sources-title").boundingBox())!.y).toBeGreaterThanOrEqual((await index.boundingBox())!.height);

    // A part folds and unfolds; a failed save opens the folded part that holds the error.
    const identity = page.getByTestId("part-identity");
    await identity.getByRole("button", { name: "ย่อส่วนนี้" }).click();
    await expect(page.locator("#f-titleEn")).toBeHidden();
    await page.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }).click();
    await expect(page.locator("#f-titleEn")).toBeVisible();
    await expect(page.locator("#f-titleEn")).toBeFocused();
    await expect(page.getByTestId("index-errors-identity")).toContainText("ต้องแก้");
    await identity.getByRole("button", { name: "ย่อส่วนนี้" }).click();
    await identity.getByRole("button", { name: "แสดงส่วนนี้" }).click();
    await expect(page.locator("#f-titleEn")).toBeVisible();

    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);

    // For a person to look at: the saved 2015 record's form in Thai, and its public page in Japanese.
    const [record] = await query<{ id: number }>(`SELECT id FROM "Agreement" WHERE slug = 'joint-statement-ict-2015'`);
    await page.goto(`/th/editor/agreements/${record!.id}`);
    await page.getByTestId("part-sources").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`form-th-${width}.png`) });
    await page.locator("#f-citations-new").scrollIntoViewIfNeeded();
    await page.screenshot({ path: test.info().outputPath(`form-next-passage-th-${width}.png`) });
    await page.goto("/ja/agreements/joint-statement-ict-2015");
    await page.screenshot({ path: test.info().outputPath(`record-ja-${width}.png`), fullPage: true });
  });
}
