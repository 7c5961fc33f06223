// The staff workspace in Japanese (issue 13): every staff page renders in
// Japanese, axe-clean, with no message key showing and no other-language text
// left unmarked; the form refuses a Japanese-era year with a Japanese hint
// and saves Japanese texts that the Japanese public page then shows.
import AxeBuilder from "@axe-core/playwright";
import { unmarkedForeignText } from "../helpers/languages";
import { query, staffPage, write } from "../helpers/staff";
import { expect, test } from "../helpers/test";

async function ids() {
  const one = async (sql: string) => (await query<{ id: number }>(sql))[0]!.id;
  return {
    agreement: await one(`SELECT id FROM "Agreement" WHERE slug = 'joint-statement-ict-2015'`),
    source: await one(`SELECT id FROM "Source" WHERE key = 'de-postal-moc-draft'`),
    organization: await one(`SELECT id FROM "Organization" WHERE slug = 'mic'`),
    person: await one(`SELECT id FROM "Person" WHERE slug = 'sanae-takaichi'`),
    scopeArea: await one(`SELECT id FROM "ScopeArea" WHERE key = 'postal'`),
  };
}

// One test per page: each page's axe run takes seconds on a busy machine.
const STAFF_PAGES: Array<(id: Awaited<ReturnType<typeof ids>>) => string> = [
  () => "/ja/editor",
  () => "/ja/editor?flag=quotes",
  () => "/ja/editor/agreements/new",
  (id) => `/ja/editor/agreements/${id.agreement}`,
  (id) => `/ja/editor/agreements/${id.agreement}/history`,
  (id) => `/ja/editor/agreements/${id.agreement}/preview`,
  () => "/ja/editor/watch",
  () => "/ja/editor/account",
  () => "/ja/editor/audit",
  () => "/ja/editor/users",
  () => "/ja/editor/sources",
  (id) => `/ja/editor/sources/${id.source}`,
  () => "/ja/editor/organizations",
  (id) => `/ja/editor/organizations/${id.organization}`,
  () => "/ja/editor/people",
  (id) => `/ja/editor/people/${id.person}`,
  () => "/ja/editor/scope-areas",
  (id) => `/ja/editor/scope-areas/${id.scopeArea}`,
];

for (const [n, pathOf] of STAFF_PAGES.entries()) {
  test(`staff page ${n + 1} of ${STAFF_PAGES.length} in Japanese is axe-clean, with nothing untranslated or unmarked`, async ({ browser }) => {
    const { context, page } = await staffPage(browser, "admin");
    const path = pathOf(await ids());
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await expect(page.locator("html")).toHaveAttribute("lang", "ja");
    await expect(page.locator("main")).toBeVisible();
    expect(await page.locator("body").innerText(), path).not.toMatch(/\b(?:Editor|Watch|Common|Navigation|Reminders)\.[a-z][A-Za-z.]+\b/);
    expect(await unmarkedForeignText(page), path).toEqual([]);
    expect((await new AxeBuilder({ page }).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((node) => node.target.join(" ")).join(", ")}`), path).toEqual([]);
    await context.close();
  });
}

test("the form in Japanese refuses a Japanese-era year with a hint, and saves Japanese texts the Japanese page shows", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  const tag = Date.now().toString(36);
  await page.goto("/ja/editor/agreements/new");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("協力文書の新規登録");
  await page.getByLabel("タイ語の名称").first().fill(`บันทึกทดสอบ ${tag}`);
  await page.getByLabel("英語の名称").first().fill(`Test memorandum ${tag}`);
  await page.getByLabel("日本語の名称").first().fill(`試験用の覚書 ${tag}`);
  await page.getByLabel("アドレス名（スラッグ）").fill(`japanese-test-${tag}`);
  await page.getByLabel("署名日").fill("平成27-04-30");
  await page.getByRole("button", { name: "下書きとして保存" }).click();
  await expect(page.getByText("和暦の年のようです。西暦で入力してください（例：平成27年は2015、令和元年は2019）。")).toBeVisible();
  await page.getByLabel("署名日").fill("2015-04-30");
  await expect(page.getByText("表示：平成27年（2015年）4月30日")).toBeVisible();
  await page.getByRole("button", { name: "下書きとして保存" }).click();
  await expect(page.getByRole("status").filter({ hasText: "下書きとして保存しました" })).toBeVisible();
  const [row] = await query<{ id: number; titleJa: string; signedOn: Date }>(`SELECT id, "titleJa", "signedOn" FROM "Agreement" WHERE slug = $1`, [`japanese-test-${tag}`]);
  expect(row!.titleJa).toBe(`試験用の覚書 ${tag}`);
  // Published, the Japanese page shows the Japanese title, the era date, and no other text unmarked.
  const version = (await query<{ version: number }>(`SELECT version FROM "Agreement" WHERE id = $1`, [row!.id]))[0]!.version;
  expect((await write(context.request, "POST", `/api/editor/agreements/${row!.id}/publication`, { version, action: "PUBLISH" })).status()).toBe(200);
  const reader = await (await browser.newContext()).newPage();
  await reader.goto(`/ja/agreements/japanese-test-${tag}`);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText(`試験用の覚書 ${tag}`);
  await expect(reader.getByTestId("date-signature")).toContainText("平成27年（2015年）4月30日");
  expect(await unmarkedForeignText(reader)).toEqual([]);
  await reader.context().close();
  await context.close();
});
