// Errors that follow the input, and focus where the editor is working
// (issue 27): a message goes as soon as its field is corrected and says what
// is wrong now; the field a failed save focuses is never under the sticky
// save bar; "+ Add…" puts the focus into the new row; a save puts it on what
// the save says.
import { expect, test } from "../helpers/test";
import { staffPage, uniqueSlug } from "../helpers/staff";

test("a field's message follows its input after a failed save, and is not covered by the save bar (th)", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  await page.goto("/th/editor/agreements/new");
  await page.locator("#f-titleEn").fill("Errors that follow the input");
  // A new record's address follows its English title; emptied, it is asked for.
  await expect(page.locator("#f-slug")).toHaveValue("errors-that-follow-the-input");
  await page.locator("#f-slug").fill("");
  await page.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }).click();
  await expect(page.getByTestId("error-titleTh")).toHaveText("กรุณากรอกชื่อความตกลงภาษาไทย");
  await expect(page.getByTestId("error-slug")).toHaveText("กรุณากรอกชื่อในที่อยู่เว็บ");
  // The first invalid field has the focus; its message is on screen, above the sticky bar.
  const focused = page.locator(":focus");
  await expect(focused).toHaveAttribute("aria-invalid", "true");
  const id = await focused.getAttribute("id");
  const message = page.getByTestId(`error-${id!.slice(2)}`);
  const [m, b, f, index] = [(await message.boundingBox())!, (await page.getByTestId("save-bar").boundingBox())!, (await focused.boundingBox())!, (await page.getByTestId("form-index").boundingBox())!];
  expect(m.y + m.height).toBeLessThanOrEqual(b.y);
  // …and the field is not under the form's index bar at the top either.
  expect(f.y).toBeGreaterThanOrEqual(index.y + index.height);
  // Corrected: the message goes at once, without saving again.
  await page.locator("#f-titleTh").fill("ความตกลงทดสอบ");
  await expect(page.getByTestId("error-titleTh")).toHaveCount(0);
  await expect(page.locator("#f-titleTh")).not.toHaveAttribute("aria-invalid", "true");
  // Wrong in another way: it says what is wrong now (the format, not "please fill").
  await page.locator("#f-slug").fill("Not A Slug");
  await expect(page.getByTestId("error-slug")).toHaveText(/ใช้เฉพาะอักษรภาษาอังกฤษตัวเล็ก/);
  await context.close();
});

test("'+ Add' puts the focus in the new row, and a save puts it on the save's message (en)", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  await page.goto("/en/editor/agreements/new");
  await page.getByRole("button", { name: "+ Add a party" }).click();
  await expect(page.locator("#f-parties-0-organizationId")).toBeFocused();
  await page.getByRole("button", { name: "+ Add a party" }).click();
  await expect(page.locator("#f-parties-1-organizationId")).toBeFocused();
  await page.getByRole("button", { name: "+ Add an event" }).click();
  await expect(page.getByTestId("events").locator(":focus")).toHaveCount(1);
  // Saved (a draft needs only its titles and slug): the new record's page says so, with the focus on it.
  await page.getByTestId("events").getByRole("button", { name: /Remove/ }).click();
  for (const i of [1, 0]) await page.getByTestId("parties").getByRole("button", { name: /Remove/ }).nth(i).click();
  await page.locator("#f-titleTh").fill("ทดสอบโฟกัส");
  await page.locator("#f-titleEn").fill("Focus test");
  await page.locator("#f-slug").fill(uniqueSlug("focus-test"));
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page).toHaveURL(/\/en\/editor\/agreements\/\d+\?created=1$/);
  await page.locator("#f-titleEn").fill("Focus test, edited");
  await page.keyboard.press("Control+s");
  await expect(page.getByTestId("editor-status")).toContainText(/Saved/);
  await expect(page.getByTestId("editor-status")).toBeFocused();
  await context.close();
});
