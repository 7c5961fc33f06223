// Japanese pages (issue 13): every public page renders in Japanese, is
// axe-clean, shows no message key and no text in another language without
// that language marked; dates are in the Japanese calendar with the
// Gregorian year; search finds Japanese words.
import AxeBuilder from "@axe-core/playwright";
import { unmarkedForeignText } from "./helpers/languages";
import { expect, test } from "./helpers/test";
import { openPassage } from "./helpers/passages";

const PAGES = [
  "/ja",
  "/ja/agreements",
  "/ja/agreements?status=expired&sort=title",
  "/ja/agreements/joint-statement-ict-2015",
  "/ja/agreements/moc-postal-services",
  "/ja/agreements/moc-ict-digital-2022",
  "/ja/agreements/depa-mic-moc-digital-innovation-2022",
  "/ja/timeline",
  "/ja/timeline?group=scope",
  "/ja/expiring",
  "/ja/expiring?view=unclear",
  "/ja/scope-areas/postal",
  "/ja/organizations/mic",
  "/ja/organizations/depa",
  "/ja/sources/de-postal-moc-draft",
  "/ja/api",
  "/ja/sign-in",
  "/ja/no-such-page",
];

test.describe("Japanese pages", () => {
  for (const path of PAGES) {
    test(`${path} is in Japanese, axe-clean, with nothing untranslated or unmarked`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(path.includes("no-such") ? 404 : 200);
      await expect(page.locator("html")).toHaveAttribute("lang", "ja");
      // next-intl shows a missing message as its key path (e.g. "AgreementPage.summary").
      const body = await page.locator("body").innerText();
      expect(body).not.toMatch(/\b[A-Z][A-Za-z]+\.[a-z][A-Za-z.]+\b/);
      expect(await unmarkedForeignText(page)).toEqual([]);
      expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
    });
  }

  test("dates in the Japanese calendar with the Gregorian year: 平成27年（2015年）4月30日, 令和元年（2019年）11月", async ({ page }) => {
    await page.goto("/ja/agreements/joint-statement-ict-2015");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(/情報通信技術分野における協力に関する共同声明/);
    await expect(page.getByTestId("date-signature")).toContainText("平成27年（2015年）4月30日");
    await expect(page.getByTestId("signatories")).toContainText("高市早苗");
    await expect(page.getByTestId("signatories")).toContainText("総務大臣");
    // A name no source writes in Japanese script is shown in Latin script, marked as such.
    await expect(page.getByTestId("signatories").locator('[lang="en"]', { hasText: "Pornchai Rujiprapa" })).toBeVisible();
    await page.goto("/ja/agreements/moc-postal-services");
    await expect(page.getByTestId("date-expiry")).toContainText("令和元年（2019年）11月");
    await expect(page.getByTestId("date-cabinetApproval")).toContainText("平成28年（2016年）11月10日以前");
    // The list's year filter writes its years the same way; the address keeps the Gregorian year.
    await page.goto("/ja/agreements");
    await page.getByRole("combobox", { name: "年", exact: true }).selectOption({ label: "平成27年（2015年）" });
    await page.getByRole("button", { name: "絞り込む" }).click();
    await expect(page).toHaveURL(/[?&]year=2015(&|$)/);
    await expect(page.getByTestId("agreement-card")).toHaveCount(1);
  });

  test("search in Japanese finds Japanese titles and highlights the word; English still works on Japanese pages", async ({ page }) => {
    await page.goto("/ja/agreements");
    await page.getByRole("searchbox").first().fill("郵便");
    await page.getByRole("searchbox").first().press("Enter");
    await expect(page).toHaveURL(/\/ja\/agreements\?q=/);
    const cards = page.getByTestId("agreement-card");
    await expect(cards.filter({ hasText: "郵便分野における協力覚書" })).toHaveCount(2);
    await expect(page.locator("mark", { hasText: "郵便" }).first()).toBeVisible();
    await page.goto(`/ja/agreements?q=${encodeURIComponent("cybersecurity")}`);
    await expect(cards.first()).toBeVisible();
  });

  test("the language switch offers the two other languages, each named in itself, keeping the record and the filters", async ({ page }) => {
    await page.goto("/th/agreements?scope=postal");
    const switcher = page.getByTestId("language-switch");
    await expect(switcher.getByRole("link")).toHaveText(["English", "日本語"]);
    await page.getByTestId("language-switch-ja").click();
    await expect(page).toHaveURL(/\/ja\/agreements\?scope=postal$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("協力文書一覧");
    await expect(page.getByTestId("language-switch").getByRole("link")).toHaveText(["ภาษาไทย", "English"]);
    await page.getByTestId("language-switch-en").click();
    await expect(page).toHaveURL(/\/en\/agreements\?scope=postal$/);
  });

  test("a record without a Japanese text shows the English one, labelled 英語, never an empty field", async ({ page }) => {
    // Citation quotes of Thai sources have no Japanese rendering: the English one stands in, labelled.
    await page.goto("/ja/agreements/moc-postal-services");
    const fallback = (await openPassage(page, page.getByTestId("citation").first())).getByTestId("fallback-text");
    await expect(fallback).toHaveAttribute("lang", "en");
    await expect(fallback).toContainText("英語");
  });

  test("Japanese feed, sitemap entries and alternates", async ({ request, page }) => {
    const feed = await request.get("/ja/feed.xml");
    expect(feed.status()).toBe(200);
    const xml = await feed.text();
    expect(xml).toContain('xml:lang="ja"');
    expect(xml).toContain("日タイICT協力登録簿");
    expect(xml).toContain("情報通信技術分野における協力に関する共同声明");
    const sitemap = await (await request.get("/sitemap.xml")).text();
    expect(sitemap).toMatch(/<loc>[^<]*\/ja\/agreements\/joint-statement-ict-2015<\/loc>/);
    expect(sitemap).toMatch(/hreflang="ja" href="[^"]*\/ja\/agreements\/joint-statement-ict-2015"/);
    await page.goto("/ja/agreements/joint-statement-ict-2015");
    await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "ja_JP");
    await expect(page.locator('link[rel="alternate"][hreflang="ja"]')).toHaveCount(1);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
    expect(jsonLd).toMatchObject({ inLanguage: "ja", name: "情報通信技術分野における協力に関する共同声明" });
  });
});
