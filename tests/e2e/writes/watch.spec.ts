// "What needs attention": a record ending in 45 days shows on the public
// /expiring page and on the staff watch page, in both languages with Thai
// dates in the Buddhist Era; an internal one only on the staff page; the
// window, the tabs and the page are in the URL.
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "../helpers/test";
import { formatIsoPartial } from "@/lib/dates/format";
import { addMonths, dayNumber, isoFromDayNumber, todayInBangkok } from "@/lib/dates/partial-date";
import { minimalInput, signInContext, staffPage, uniqueSlug, write } from "../helpers/staff";

const today = todayInBangkok();
const endsOn = isoFromDayNumber(dayNumber(today) + 45);
const noticeBy = isoFromDayNumber(addMonths(dayNumber(endsOn), -1));
// Made in beforeAll, not when the file loads: with fully parallel tests a
// worker may run this file's beforeAll more than once, and a slug reused
// would be refused as taken.
let publicSlug = "";
let internalSlug = "";

test.beforeAll(async ({ playwright }) => {
  publicSlug = uniqueSlug("watch-public");
  internalSlug = uniqueSlug("watch-internal");
  const staff = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await signInContext(staff, "editor");
  for (const [slug, visibility] of [
    [publicSlug, "PUBLIC"],
    [internalSlug, "INTERNAL"],
  ] as const) {
    const input = { ...minimalInput(slug, `Watch test ${visibility.toLowerCase()} record`), visibility, signedOn: isoFromDayNumber(dayNumber(today) - 320), expiresOn: endsOn, terminationNoticeMonths: 1 };
    const created = await (await write(staff, "POST", "/api/editor/agreements", { input })).json();
    expect(created.id, JSON.stringify(created)).toBeTruthy();
    const published = await write(staff, "POST", `/api/editor/agreements/${created.id}/publication`, { version: created.version, action: "PUBLISH" });
    expect(published.status()).toBe(200);
  }
  await staff.dispose();
});

for (const locale of ["th", "en"] as const) {
  test(`the public page lists the end and the notice deadline within 3 months, public records only (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/expiring?view=deadlines&months=3`);
    const rows = page.locator(`[data-testid=watch-row][data-slug="${publicSlug}"]`);
    await expect(rows).toHaveCount(2);
    await expect(rows.nth(0)).toContainText(formatIsoPartial(noticeBy, locale));
    await expect(rows.nth(0)).toContainText(locale === "th" ? "วันสุดท้ายที่แจ้งยกเลิกได้" : "Last day to give notice of termination");
    await expect(rows.nth(1)).toContainText(formatIsoPartial(endsOn, locale));
    await expect(rows.nth(1)).toContainText(locale === "th" ? "วันสิ้นสุด" : "End of validity");
    if (locale === "th") await expect(rows.nth(1)).toContainText(String(Number(endsOn.slice(0, 4)) + 543));
    await expect(page.locator(`[data-slug="${internalSlug}"]`)).toHaveCount(0);
    // The window is chosen by a link and kept in the URL.
    await page.getByTestId("watch-window").getByRole("link", { name: locale === "th" ? "24 เดือน" : "24 months" }).click();
    await expect(page).toHaveURL(/months=24/);
    await expect(page.locator(`[data-slug="${publicSlug}"]`)).toHaveCount(2);
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  });
}

test("the unclear tab lists the 2015 joint press statement, not the 2017 MoC (its end is stated); an unknown tab or window falls back to the defaults", async ({ page }) => {
  await page.goto("/en/expiring?view=unclear");
  await expect(page.locator('[data-testid=watch-row][data-slug="joint-press-statement-nbtc-2015"]')).toHaveCount(1);
  await expect(page.locator('[data-testid=watch-row][data-slug="moc-ict-digital-2017"]')).toHaveCount(0);
  const response = await page.goto("/th/expiring?view=gaps&months=7&page=abc");
  expect(response?.status()).toBe(200);
  await expect(page.getByTestId("watch-tabs").locator("[aria-current=page]")).toContainText("กำหนดเวลา");
  await expect(page.getByTestId("watch-window").locator("[aria-current=page]")).toContainText("6 เดือน");
});

test("the home page counts what is coming and links to the list", async ({ page }) => {
  await page.goto("/en");
  await expect(page.getByTestId("home-watch")).toContainText(/\d+ deadlines? in the next 6 months/);
  await page.getByTestId("home-watch").getByRole("link").click();
  await expect(page).toHaveURL(/\/en\/expiring\?view=deadlines&months=6/);
  await expect(page.locator(`[data-slug="${publicSlug}"]`)).toHaveCount(2);
});

test("staff see internal records too, marked, with a link to each form, and the gaps list", async ({ browser }) => {
  const { page, context } = await staffPage(browser, "viewer");
  await page.goto("/th/editor");
  await expect(page.getByTestId("staff-watch-summary")).toContainText("หกเดือนข้างหน้ามีกำหนดเวลา");
  await page.goto("/en/editor/watch?view=deadlines&months=3");
  const internal = page.locator(`[data-testid=watch-row][data-slug="${internalSlug}"]`);
  await expect(internal).toHaveCount(2);
  await expect(internal.first()).toContainText("Internal");
  await internal.first().getByRole("link", { name: /^Edit:/ }).click();
  await expect(page).toHaveURL(/\/en\/editor\/agreements\/\d+$/);
  // Our records state an end and a notice period that no citation backs.
  await page.goto("/th/editor/watch?view=gaps");
  const gap = page.locator(`[data-testid=watch-row][data-slug="${publicSlug}"]`);
  // No citation at all: the signature date, the end and the notice period.
  await expect(gap).toContainText("ระบุวันลงนาม วันสิ้นสุด และระยะเวลาแจ้งยกเลิกล่วงหน้าแต่ยังไม่มีที่อ้างอิง");
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await context.close();
});

test("the staff page asks a signed-out visitor to sign in", async ({ page }) => {
  await page.goto("/en/editor/watch");
  await expect(page).toHaveURL(/\/en\/sign-in\?next=/);
});

test("a staff member makes a private calendar link on their account page, and revoking it ends it at once", async ({ browser, request }) => {
  const { page, context } = await staffPage(browser, "editor2");
  await page.goto("/th/editor/account");
  await expect(page.getByRole("heading", { name: "ปฏิทินกำหนดเวลาส่วนตัว" })).toBeVisible();
  // A link may be left from an earlier run: start from none.
  if (await page.getByRole("button", { name: "ยกเลิกลิงก์ของฉัน" }).isVisible()) {
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "ยกเลิกลิงก์ของฉัน" }).click();
    await expect(page.getByTestId("calendar-status")).toContainText("ยกเลิกลิงก์ปฏิทินแล้ว");
  }
  await page.getByRole("button", { name: "สร้างลิงก์ปฏิทินของฉัน" }).click();
  await expect(page.getByTestId("calendar-status")).toContainText("สร้างลิงก์ปฏิทินใหม่แล้ว");
  const url = await page.locator("#calendar-url").inputValue();
  expect(url).toMatch(/\/th\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  const feed = await request.get(url);
  expect(feed.status()).toBe(200);
  // Internal records are in the private calendar (linked to their form), not in the public one.
  const unfold = (text: string) => text.replace(/\r\n[ \t]/g, "");
  expect(unfold(await feed.text())).toMatch(/URL;VALUE=URI:\S+\/th\/editor\/agreements\/\d+/);
  expect(unfold(await (await request.get("/th/deadlines.ics")).text())).not.toContain("/editor/agreements/");

  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "ยกเลิกลิงก์ของฉัน" }).click();
  await expect(page.getByTestId("calendar-status")).toContainText("ยกเลิกลิงก์ปฏิทินแล้ว");
  expect((await request.get(url)).status()).toBe(404);
  await context.close();
});

test("reminder settings: the page says e-mail is not set up, refuses bad numbers clearly, and keeps what is saved", async ({ browser }) => {
  const { page, context } = await staffPage(browser, "viewer");
  await page.goto("/en/editor/account");
  await expect(page.getByTestId("no-smtp")).toContainText("no SMTP_URL");
  await page.getByLabel("Alerts before each deadline").fill("0, 30");
  await page.getByRole("button", { name: "Save reminder settings" }).click();
  await expect(page.locator("#alert-days-error")).toContainText("Enter whole numbers of days from 1 to 730");
  await expect(page.getByLabel("Alerts before each deadline")).toHaveAttribute("aria-invalid", "true");
  await page.getByLabel("Alerts before each deadline").fill("14, 60");
  await page.getByLabel("A weekly digest").check();
  await page.getByLabel("Language of the e-mails").selectOption("th");
  await page.getByRole("button", { name: "Save reminder settings" }).click();
  await expect(page.getByTestId("reminder-status")).toContainText("Reminder settings saved.");
  await page.goto("/th/editor/account");
  await expect(page.getByLabel("เตือนก่อนถึงกำหนดเวลาแต่ละรายการ", { exact: false })).toHaveValue("60, 14");
  await expect(page.getByLabel("สรุปกำหนดเวลาใน 90 วันข้างหน้า", { exact: false })).toBeChecked();
  await context.close();
});
