import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";

test("searching ไซเบอร์ from the header on the Thai site, after pressing /", async ({ page }) => {
  await page.goto("/th");
  await page.keyboard.press("/");
  await expect(page.getByTestId("site-search")).toBeFocused();
  await page.keyboard.type("ไซเบอร์");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/th\/agreements\?q=/);
  await expect(page.getByTestId("agreement-card")).toHaveCount(5);
  await expect(page.getByTestId("match").first().locator("mark")).toHaveText("ไซเบอร์");
});

test("searching a misspelt name on the English site, combined with a filter", async ({ page }) => {
  await page.goto("/en/agreements?q=Takaici");
  // She signed the 2015 Joint Statement; three other records name her.
  await expect(page.getByTestId("agreement-card")).toHaveCount(4);
  await expect(page.getByTestId("agreement-card").first()).toHaveAttribute("data-slug", "joint-statement-ict-2015");
  await page.goto("/en/agreements?q=postal&kind=JOINT_STATEMENT");
  await expect(page.getByTestId("agreement-card").first()).toHaveAttribute("data-slug", "joint-statement-ict-2015");
  for (const slug of await page.getByTestId("agreement-card").evaluateAll((cards) => cards.map((c) => c.getAttribute("data-slug")))) expect(["joint-statement-ict-2015", "joint-press-statement-nbtc-2015"]).toContain(slug);
  await page.goto("/en/agreements?q=blockchain");
  await expect(page.getByTestId("empty-state")).toContainText("Check the spelling");
});

test("the filtered list downloads as CSV with the Thai intact", async ({ page }) => {
  await page.goto("/th/agreements?scope=postal");
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("download-csv").click()]);
  expect(download.suggestedFilename()).toBe("thai-japan-ict-agreements.csv");
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  const bytes = Buffer.concat(chunks);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const lines = bytes.subarray(3).toString("utf8").trim().split("\r\n");
  // A header and the five agreements that cover postal services.
  expect(lines).toHaveLength(6);
  expect(lines.join("\n")).toContain("บันทึกความร่วมมือด้านไปรษณีย์ระหว่างกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น");
  expect(lines.join("\n")).toContain("<=2016-11-10");
});

for (const locale of ["th", "en", "ja"] as const) {
  test(`every page links its Atom feed, which parses as XML (${locale})`, async ({ page, request }) => {
    let href: string | null = null;
    for (const path of ["", "/agreements", "/agreements/moc-postal-services", "/timeline"]) {
      await page.goto(`/${locale}${path}`);
      href = await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute("href");
      expect(href, path).toMatch(new RegExp(`/${locale}/feed\\.xml$`));
    }
    const response = await request.get(href!);
    expect(response.headers()["content-type"]).toContain("application/atom+xml");
    const xml = await response.text();
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed.entry).toHaveLength(8);
    expect(JSON.stringify(feed.entry)).toContain(`/${locale}/agreements/moc-postal-services`);
    expect(xml).toContain(`<feed xml:lang="${locale}" xmlns=`);
  });
}

test("sitemap.xml lists every page in the three languages with hreflang alternates; robots.txt points at it", async ({ request }) => {
  const xml = await (await request.get("/sitemap.xml")).text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const urls = new XMLParser({ ignoreAttributes: false }).parse(xml).urlset.url as Array<{ loc: string; "xhtml:link": Array<{ "@_hreflang": string }> }>;
  const locs = urls.map((u) => u.loc);
  expect(locs.some((l) => l.endsWith("/th/agreements/joint-statement-ict-2015"))).toBe(true);
  expect(locs.some((l) => l.endsWith("/en/agreements/joint-statement-ict-2015"))).toBe(true);
  expect(locs.some((l) => l.endsWith("/ja/agreements/joint-statement-ict-2015"))).toBe(true);
  expect(urls.every((u) => u["xhtml:link"].map((l) => l["@_hreflang"]).sort().join() === "en,ja,th")).toBe(true);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Sitemap: .*\/sitemap\.xml/);
  expect(robots).toContain("Disallow: /th/editor");
  expect(robots).toContain("Disallow: /en/sign-in");
  expect(robots).toContain("Disallow: /ja/editor");
});

test("the agreement page carries schema.org Legislation data, Open Graph tags, its title, canonical address and language alternates", async ({ page }) => {
  await page.goto("/en/agreements/joint-statement-ict-2015");
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
  expect(ld).toMatchObject({ "@type": "Legislation", legislationDate: "2015-04-30", inLanguage: "en" });
  expect(ld.legislationPassedBy.map((o: { alternateName: string }) => o.alternateName)).toEqual(["MICT", "MIC"]);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", /Joint Statement/);
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
  await expect(page).toHaveTitle(/^Joint Statement .* · Thai–Japan ICT Cooperation Registry$/);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /^http:\/\/[^/]+\/en\/agreements\/joint-statement-ict-2015$/);
  await expect(page.locator('link[rel="alternate"][hreflang="th"]')).toHaveAttribute("href", /\/th\/agreements\/joint-statement-ict-2015$/);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "Joint statement · Signed. Parties, signatories, scope, dates and cited sources.");
});

for (const locale of ["th", "en", "ja"] as const) {
  test(`the timeline page draws every dated agreement and lists it in a table, without Next's runtime (${locale})`, async ({ page }) => {
    // Sent without the client runtime (lib/server/record-page.mjs): no script file, no RSC payload; its links and form are the page's.
    const scripts: string[] = [];
    page.on("request", (asked) => {
      if (asked.resourceType() === "script") scripts.push(asked.url());
    });
    const answer = await page.goto(`/${locale}/timeline`);
    const html = await answer!.text();
    expect(html).not.toContain("self.__next_f");
    expect(html).not.toMatch(/<script src="\/_next\//);
    await expect(page.getByTestId("timeline-overview")).toBeVisible();
    // By party: each of the seven dated agreements appears under its two parties.
    await expect(page.getByTestId("timeline-table").locator("tbody tr")).toHaveCount(14);
    await page.getByTestId("group-switch").getByRole("link").nth(1).click();
    await expect(page).toHaveURL(/group=scope/);
    await expect(page.getByTestId("timeline-table")).toContainText({ th: "ความมั่นคงปลอดภัยทางไซเบอร์", en: "Cybersecurity", ja: "サイバーセキュリティ" }[locale]);
    // The year range is a plain GET form, and keeps the grouping: fewer rows from 2022 on, but some.
    const rows = page.getByTestId("timeline-table").locator("tbody tr");
    const all = await rows.count();
    const range = page.getByTestId("year-range");
    await range.locator('select[name="from"]').selectOption("2022");
    await range.getByRole("button").click();
    await expect(page).toHaveURL(/group=scope.*from=2022|from=2022.*group=scope/);
    await expect(range.locator('select[name="from"]')).toHaveValue("2022");
    expect(await rows.count()).toBeLessThan(all);
    expect(await rows.count()).toBeGreaterThan(0);
    expect(scripts).toEqual([]);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });

  test(`the API page explains the endpoints in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}/api`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page.locator("table")).toContainText("limit");
    await expect(page.getByRole("link", { name: /OpenAPI 3\.1/ })).toHaveAttribute("href", "/api/v1/openapi.json");
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
}
