// Picking a passage from the source's own archived text (issue 27): the
// editor selects it in the copy shown beside the source, cites it, ticks the
// fact it backs, and the saved quote is found in the archive (verbatim by
// construction). The copy's text is for staff only.
import { expect, test } from "../helpers/test";
import { query, signInContext } from "../helpers/staff";

test("an editor cites a passage selected in the archived copy; it is saved verbatim and found by the quote check", async ({ page, playwright }) => {
  await signInContext(page.request, "editor");
  const [record] = await query<{ id: number }>(`SELECT id FROM "Agreement" WHERE slug = 'moc-postal-services'`);
  await page.goto(`/en/editor/agreements/${record!.id}`);
  const before = (await query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM "Citation" WHERE "agreementId" = $1`, [record!.id]))[0]!.n;

  const picker = page.getByTestId("archive-picker").first();
  await picker.getByRole("button", { name: "Pick a passage from the archived copy" }).click();
  const box = picker.getByTestId("archive-text");
  await expect(box).toBeVisible();
  // Nothing selected yet: said, and nothing added.
  await picker.getByTestId("use-selection").click();
  await expect(picker.getByRole("status").last()).toHaveText("Select a passage in the copy first.");

  // A line of the copy, selected as a reader would with the mouse.
  const text = (await box.textContent())!;
  const line = text.split("\n").find((l) => l.trim().length >= 30)!.trim();
  const quote = line.slice(0, 30);
  await box.evaluate((el, wanted) => {
    const node = el.firstChild!;
    const start = node.textContent!.indexOf(wanted);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + wanted.length);
    getSelection()!.removeAllRanges();
    getSelection()!.addRange(range);
  }, quote);
  await picker.getByTestId("use-selection").click();
  const n = before;
  await expect(page.locator(`#f-citations-${n}-quote`)).toHaveValue(quote);
  await expect(page.locator(`#f-citations-${n}-quote`)).toBeFocused();
  await page.locator(`#f-citations-${n}-facts-title`).check();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByTestId("editor-status")).toContainText("Saved");

  const saved = await query<{ quote: string; quoteFound: boolean | null }>(`SELECT quote, "quoteFound" FROM "Citation" WHERE "agreementId" = $1 AND quote = $2`, [record!.id, quote]);
  expect(saved).toEqual([{ quote, quoteFound: true }]);

  // The copy's text is for signed-in staff only.
  const anonymous = await playwright.request.newContext({ baseURL: page.url() });
  const [source] = await query<{ id: number }>(`SELECT "sourceId" AS id FROM "SourceArchive" LIMIT 1`);
  expect((await anonymous.get(`/api/editor/sources/${source!.id}/archive`)).status()).toBe(401);
  await anonymous.dispose();
});
