// Signing in before the page's script has run, or without JavaScript: the
// form posts (never a GET with the password in the address) to
// /api/sign-in, which signs in as the script would and redirects.
import { expect } from "@playwright/test";
import { test, watchContext } from "./helpers/test";
import { emailOf, password, signInContext } from "./helpers/staff";

test.describe("sign-in without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts: a right password opens the staff pages, a wrong one says so in the page's language; no address holds the password", async ({ page }) => {
    const addresses: string[] = [];
    page.on("request", (r) => addresses.push(r.url()));
    await page.goto("/en/sign-in");
    await expect(page.locator("form[method=post][action='/api/sign-in']")).toBeVisible();
    await page.getByLabel("E-mail").fill(emailOf("editor2"));
    await page.getByLabel("Password").fill("not-the-password-" + password());
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/en\/sign-in\?error=wrong/);
    await expect(page.getByRole("alert")).toHaveText("Wrong e-mail or password.");

    await page.goto("/th/sign-in");
    await page.locator("#email").fill(emailOf("editor"));
    await page.locator("#password").fill(password());
    await page.locator("#sign-in-submit").click();
    await expect(page).toHaveURL(/\/th\/editor$/);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(addresses.filter((a) => a.includes(encodeURIComponent(password())) || a.includes(password()) || /password=/i.test(a))).toEqual([]);
  });

  test("the own-password form posts if ever sent, and says it needs JavaScript, with its button disabled", async ({ browser }) => {
    const context = watchContext(await browser.newContext({ javaScriptEnabled: false }));
    await signInContext(context.request, "viewer");
    const page = await context.newPage();
    await page.goto("/en/editor/account");
    await expect(page.locator("form[method=post]").filter({ has: page.locator("#own-currentPassword") })).toHaveCount(1);
    await expect(page.getByTestId("password-needs-script")).toHaveText("Changing your password needs JavaScript turned on in your browser.");
    await expect(page.getByRole("button", { name: "Change password" })).toBeDisabled();
    await context.close();
  });

  test("a sign-in sent by GET with the password in the address is refused, in the page's language", async ({ page }) => {
    const response = await page.goto(`/ja/sign-in?email=${encodeURIComponent(emailOf("editor"))}&password=x`);
    expect(response?.status()).toBe(400);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("パスワードはアドレスで送信できません");
  });
});

test("sign-in sent before the page's script has arrived (a slow phone) still posts and signs in", async ({ browser }) => {
  const context = watchContext(await browser.newContext());
  const page = await context.newPage();
  let release = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  const addresses: string[] = [];
  page.on("request", (r) => addresses.push(r.url()));
  await page.goto("/en/sign-in", { waitUntil: "domcontentloaded" });
  await page.locator("#email").fill(emailOf("editor"));
  await page.locator("#password").fill(password());
  const posted = page.waitForRequest((r) => r.url().endsWith("/api/sign-in") && r.method() === "POST");
  await page.locator("#sign-in-submit").click();
  await posted;
  release();
  await expect(page).toHaveURL(/\/en\/editor$/);
  expect(addresses.filter((a) => /password=/i.test(a))).toEqual([]);
  await context.close();
});
