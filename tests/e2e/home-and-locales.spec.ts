import { cspViolations, expect, test } from "./helpers/test";

test.describe("locales", () => {
  test("/ picks Thai by default", async ({ request }) => {
    const response = await request.get("/", { maxRedirects: 0, headers: { "accept-language": "" } });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.headers()["location"]).toMatch(/\/th$/);
  });

  test("/ follows Accept-Language, then the locale cookie", async ({ request, playwright }) => {
    const english = await request.get("/", { maxRedirects: 0, headers: { "accept-language": "en-GB,en;q=0.9" } });
    expect(english.headers()["location"]).toMatch(/\/en$/);
    const japanese = await request.get("/", { maxRedirects: 0, headers: { "accept-language": "ja-JP,ja;q=0.9,en;q=0.5" } });
    expect(japanese.headers()["location"]).toMatch(/\/ja$/);
    const withCookie = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL, extraHTTPHeaders: { cookie: "NEXT_LOCALE=th", "accept-language": "en" } });
    const thai = await withCookie.get("/", { maxRedirects: 0 });
    expect(thai.headers()["location"]).toMatch(/\/th$/);
    await withCookie.dispose();
  });
});

test("every page names the site's icon, and the icon is served (no 404 for /favicon.ico in the console)", async ({ page, request }) => {
  await page.goto("/en/agreements");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href!);
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

for (const [locale, heading, title, browse] of [
  ["th", "ทะเบียนความร่วมมือด้านไอซีทีไทย–ญี่ปุ่น", "ทะเบียนความร่วมมือด้านไอซีทีไทย–ญี่ปุ่น", "ดูความตกลงทั้งหมด"],
  ["en", "Thai–Japan ICT Cooperation Registry", "Thai–Japan ICT Cooperation Registry", "Browse all agreements"],
  ["ja", "日タイICT協力登録簿", "日タイICT協力登録簿", "すべての協力文書を見る"],
] as const) {
  test(`home page in ${locale}`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expect(page.locator("html")).toHaveAttribute("lang", locale);
    await expect(page).toHaveTitle(title);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    // Counts by status: the 2016 postal MoC is expired, five are signed.
    await expect(page.getByTestId("count-expired")).toHaveText("1");
    await expect(page.getByTestId("count-signed")).toHaveText("5");
    await expect(page.getByTestId("latest").getByTestId("agreement-card")).toHaveCount(3);
    await expect(page.getByTestId("timeline-svg")).toBeVisible();
    await page.getByRole("link", { name: browse }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/agreements$`));
    await expect(page.getByTestId("agreement-card")).toHaveCount(8);
  });
}

// In the public project, where nothing writes: a second request is a cache hit.
test("public pages are served from the cache whole, lists with a query included; staff pages never", async ({ request }) => {
  for (const path of ["/en", "/th/agreements", "/en/agreements?status=in_effect&sort=title", "/th/agreements/moc-postal-services", "/en/organizations/mic?page=1", "/th/timeline", "/en/expiring?view=unclear"]) {
    await request.get(path);
    const again = await request.get(path);
    expect(again.status(), path).toBe(200);
    expect(again.headers()["x-nextjs-cache"], path).toBe("HIT");
    // No shared cache may keep a copy that a write could not reach.
    expect(again.headers()["cache-control"], path).toBe("public, max-age=0, must-revalidate");
  }
  const staff = await request.get("/en/sign-in");
  expect(staff.headers()["x-nextjs-cache"]).toBeUndefined();
  expect(staff.headers()["cache-control"]).toContain("no-store");
});

test("every kind of answer carries the security headers: page, list with a query, API, 404", async ({ request }) => {
  for (const path of ["/th", "/en/agreements?status=expired", "/api/v1/agreements/moc-postal-services", "/en/agreements/no-such-record", "/th/sign-in"]) {
    const headers = (await request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"], path).toBe("DENY");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], path).toContain("camera=()");
  }
});

test("an inline script a page did not come with is refused by the page's policy, and the suite's guard sees it", async ({ page }) => {
  const response = await page.goto("/en");
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')+;/);
  expect(policy).not.toContain("unsafe-inline' 'sha256");
  // The page's own scripts ran: the "/" shortcut focuses the search box.
  await page.keyboard.press("/");
  await expect(page.getByTestId("site-search")).toBeFocused();
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.__injected = true";
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  await expect.poll(() => cspViolations().length).toBeGreaterThan(0);
  expect(cspViolations()[0]).toContain("script-src");
  // Seen, so this test would fail now; emptied, because failing it was the point.
  cspViolations().length = 0;
});
