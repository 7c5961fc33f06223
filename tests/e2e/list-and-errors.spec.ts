import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/test";

for (const locale of ["th", "en"] as const) {
  test(`filtering by the cybersecurity scope area in ${locale}, with a shareable URL`, async ({ page, browser }) => {
    await page.goto(`/${locale}/agreements`);
    await page.locator('select[name="scope"]').selectOption("cybersecurity");
    await page.getByTestId("filters").locator('button[type="submit"]').click();
    await expect(page).toHaveURL(/scope=cybersecurity/);
    const slugs = await page.getByTestId("agreement-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-slug")).sort());
    expect(slugs).toEqual(["joint-statement-ict-2015", "mic-nbtc-moc-2016", "moc-ict-digital-2017", "moc-ict-digital-2022"]);

    const shared = await browser.newPage();
    await shared.goto(page.url());
    await expect(shared.getByTestId("agreement-card")).toHaveCount(4);
    await expect(shared.locator('select[name="scope"]')).toHaveValue("cybersecurity");
    await shared.close();
  });
}

test("the language switch keeps the filters", async ({ page }) => {
  await page.goto("/en/agreements?kind=MEMORANDUM_OF_COOPERATION&sort=oldest");
  await page.getByTestId("language-switch-th").click();
  await expect(page).toHaveURL(/\/th\/agreements\?.*kind=MEMORANDUM_OF_COOPERATION/);
  await expect(page).toHaveURL(/sort=oldest/);
  await expect(page.getByTestId("agreement-card")).toHaveCount(5);
});

test("a card opens its record's page as a whole document (served from the store), not as an RSC payload", async ({ page }) => {
  await page.goto("/en/agreements");
  const asked: Array<{ url: string; document: boolean; rsc: boolean }> = [];
  page.on("request", (request) => asked.push({ url: request.url(), document: request.resourceType() === "document", rsc: request.url().includes("_rsc=") || request.headers()["rsc"] === "1" }));
  const card = page.getByTestId("agreement-card").first();
  const slug = await card.getAttribute("data-slug");
  await card.locator("h3 a").click();
  await expect(page).toHaveURL(new RegExp(`/en/agreements/${slug}$`));
  await expect(page.locator("h1")).toBeVisible();
  const toRecord = asked.filter((r) => new URL(r.url).pathname === `/en/agreements/${slug}`);
  expect(toRecord.some((r) => r.document)).toBe(true);
  expect(toRecord.filter((r) => r.rsc)).toEqual([]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("a filtered list is served whole, and its language switch keeps the filters", async ({ page }) => {
    await page.goto("/th/agreements?scope=cybersecurity&sort=oldest");
    await expect(page.getByTestId("agreement-card")).toHaveCount(4);
    await expect(page.getByTestId("language-switch-en")).toHaveAttribute("href", "/en/agreements?scope=cybersecurity&sort=oldest");
    await expect(page.getByTestId("language-switch-ja")).toHaveAttribute("href", "/ja/agreements?scope=cybersecurity&sort=oldest");
    await page.getByTestId("language-switch-en").click();
    await expect(page).toHaveURL(/\/en\/agreements\?scope=cybersecurity&sort=oldest$/);
    await expect(page.getByTestId("agreement-card")).toHaveCount(4);
  });
});

test("an empty result says how to widen the filters", async ({ page }) => {
  await page.goto("/th/agreements?status=terminated");
  await expect(page.getByTestId("empty-state")).toContainText("ล้างตัวกรองทั้งหมด");
  await page.goto("/en/agreements?status=terminated");
  await expect(page.getByTestId("empty-state")).toContainText("Clear all filters");
});

for (const [locale, text] of [
  ["th", "ไม่พบหน้าที่ต้องการ"],
  ["en", "Page not found"],
] as const) {
  test(`localized 404 for an unknown record and path in ${locale}`, async ({ page }) => {
    for (const path of [`/${locale}/agreements/no-such-agreement`, `/${locale}/no/such/page`]) {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByTestId("not-found")).toContainText(text);
    }
  });

  test(`localized 503 while the database is unreachable, in ${locale}`, async ({ page }) => {
    const response = await page.goto(`http://127.0.0.1:3457/${locale}/agreements`);
    expect(response?.status()).toBe(503);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.getByTestId("unavailable")).toBeVisible();
    await expect(page.locator("body")).not.toContainText("never-shown");
    const api = await page.request.get("http://127.0.0.1:3457/api/v1/agreements");
    expect(api.status()).toBe(503);
    expect(api.headers()["retry-after"]).toBe("5");
    expect((await api.json()).error.code).toBe("database_unavailable");
  });
}

for (const locale of ["th", "en"] as const) {
  for (const path of ["", "/agreements", "/agreements/joint-statement-ict-2015", "/scope-areas/cybersecurity", "/organizations/mic", "/agreements/nope"]) {
    test(`no serious accessibility violation on /${locale}${path}`, async ({ page }) => {
      await page.goto(`/${locale}${path}`);
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
    });
  }
}

for (const locale of ["th", "en", "ja"] as const) {
  test(`an unknown status in the address gets the list's own message, and the list is not filtered by it (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/agreements?status=active`);
    await expect(page.getByTestId("unknown-filter")).toContainText("active");
    await expect(page.getByTestId("unknown-filter")).toContainText({ th: "ไม่มีสถานะ", en: "is not a known status", ja: "という状態はありません" }[locale]);
    await expect(page.getByTestId("agreement-card")).toHaveCount(8);
    // A known value says nothing.
    await page.goto(`/${locale}/agreements?status=in_effect`);
    await expect(page.getByTestId("unknown-filter")).toHaveCount(0);
  });
}

test("on a 390 px phone the Japanese list shows one search box and folds its filters under one control", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/ja/agreements");
  await expect(page.getByTestId("site-search")).toBeHidden();
  await expect(page.getByTestId("list-search")).toBeVisible();
  await expect(page.locator('select[name="status"]')).toBeHidden();
  // The first result is on the first screen.
  expect((await page.getByTestId("agreement-card").first().boundingBox())!.y).toBeLessThan(844);
  await page.getByTestId("filter-fold").locator("summary").click();
  await expect(page.locator('select[name="status"]')).toBeVisible();
  // On a desktop both boxes and every filter show, with no fold control.
  await page.setViewportSize({ width: 1280, height: 900 });
  await expect(page.getByTestId("site-search")).toBeVisible();
  await page.reload();
  await expect(page.locator('select[name="status"]')).toBeVisible();
  await expect(page.getByTestId("filter-fold").locator("summary")).toBeHidden();
});
