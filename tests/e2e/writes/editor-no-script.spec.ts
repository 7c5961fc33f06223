// Without JavaScript the record form cannot save (it posts JSON through the
// write API): it says so at once, in the reader's language, and its save
// button stays off, so nothing typed is sent and lost (issue 27).
import { expect, test, watchContext } from "../helpers/test";
import { signInContext } from "../helpers/staff";

for (const [locale, text] of [
  ["th", "แบบฟอร์มนี้ต้องใช้ JavaScript"],
  ["en", "This form needs JavaScript to save"],
  ["ja", "このフォームの保存にはJavaScriptが必要です"],
] as const) {
  test(`the record form without JavaScript says it needs it and cannot be sent (${locale})`, async ({ browser }) => {
    const context = watchContext(await browser.newContext({ javaScriptEnabled: false }));
    await signInContext(context.request, "editor");
    const page = await context.newPage();
    await page.goto(`/${locale}/editor/agreements/new`);
    await expect(page.getByTestId("editor-needs-script")).toContainText(text);
    await expect(page.locator('form .sticky button[type="submit"]')).toBeDisabled();
    await context.close();
  });
}

test("with JavaScript the notice is not shown and the form can be saved", async ({ browser }) => {
  const context = watchContext(await browser.newContext());
  await signInContext(context.request, "editor");
  const page = await context.newPage();
  await page.goto("/en/editor/agreements/new");
  await expect(page.getByTestId("editor-needs-script")).toBeHidden();
  await expect(page.locator('form .sticky button[type="submit"]')).toBeEnabled();
  await context.close();
});
