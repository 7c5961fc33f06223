// One date everywhere (issue 28): for the AI MoC the readers
// published and for every curated record, the end, notice deadline and next
// renewal the API computes are the dates the record page, the timeline, the
// public deadlines view ("all upcoming"), the staff watch list and both
// calendars show — in Thai, English and Japanese.
import ICAL from "ical.js";
import { expect, test } from "../helpers/test";
import { query, signInContext, staffPage, uniqueSlug, write } from "../helpers/staff";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { AI_MOC, aiMocInput } from "../../helpers/ai-moc";

type Computed = { state: string; first?: string | null; last?: string | null; precision?: string };
type Dates = { end: Computed; noticeDeadline: Computed; nextRenewal: Computed };

const today = todayInBangkok();
const CURATED = ["joint-statement-ict-2015", "joint-press-statement-nbtc-2015", "mic-nbtc-moc-2016", "moc-ict-digital-2017", "moc-postal-services", "moc-postal-2021", "moc-ict-digital-2022", "depa-mic-moc-digital-innovation-2022"];
let aiSlug = "";
let calendarToken = "";
const api = new Map<string, Dates>();

/** The `<time datetime>` values ComputedDateText renders for a computed date (none when it is not computed). */
function times(c: Computed): string[] {
  if (c.state !== "computed" || !c.first || !c.last) return [];
  if (c.precision === "MONTH") return [c.first.slice(0, 7)];
  if (c.precision === "YEAR") return [c.first.slice(0, 4)];
  return c.first === c.last ? [c.first] : [c.first, c.last];
}

/** The deadlines the lists and calendars carry for a record from today on: kind and first day, as the API computes them. */
function upcoming(d: Dates): string[] {
  const kinds: Array<[string, Computed]> = d.nextRenewal.state === "computed" ? [["NOTICE", d.noticeDeadline], ["RENEWAL", d.nextRenewal]] : [["NOTICE", d.noticeDeadline], ["END", d.end]];
  return kinds.filter(([, c]) => c.state === "computed" && c.first && c.last && c.last >= today).map(([k, c]) => `${k} ${c.first}`).sort();
}

// One worker runs this file's tests in turn, so the AI MoC is made once: two
// saves at the same moment both making the same new person and scope area
// would clash on their keys (see the note).
test.describe.configure({ mode: "serial" });

test.beforeAll(async ({ playwright }) => {
  aiSlug = uniqueSlug("moc-ai-data");
  const staff = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await signInContext(staff, "editor");
  const orgs = await query<{ slug: string; id: number }>(`SELECT "slug", "id" FROM "Organization" WHERE "slug" IN ('mdes', 'mic')`);
  const id = (slug: string) => orgs.find((o) => o.slug === slug)!.id;
  const created = await (await write(staff, "POST", "/api/editor/agreements", { input: aiMocInput(aiSlug, { mdes: id("mdes"), mic: id("mic") }) })).json();
  expect(created.id, JSON.stringify(created)).toBeTruthy();
  expect((await write(staff, "POST", `/api/editor/agreements/${created.id}/publication`, { version: created.version, action: "PUBLISH" })).status()).toBe(200);
  calendarToken = (await (await write(staff, "POST", "/api/editor/calendar-token", { action: "create" })).json()).token;
  expect(calendarToken).toBeTruthy();
  await staff.dispose();

  const list = await (await playwright.request.newContext({ baseURL: test.info().project.use.baseURL })).get("/api/v1/agreements?limit=100");
  expect(list.status()).toBe(200);
  // The curated records and the AI MoC: records other tests make and change while this one runs are theirs to check.
  for (const item of (await list.json()).data as Array<{ slug: string; computed: Dates }>) if (CURATED.includes(item.slug) || item.slug === aiSlug) api.set(item.slug, item.computed);
  expect(api.size).toBe(CURATED.length + 1);
  expect(api.get(aiSlug)).toMatchObject({ end: { first: AI_MOC.end }, noticeDeadline: { first: AI_MOC.notice }, nextRenewal: { first: AI_MOC.renewal } });
});

for (const locale of ["th", "en", "ja"] as const) {
  test(`the record pages and the timeline show the API's computed dates (${locale})`, async ({ page }) => {
    for (const [slug, dates] of api) {
      await page.goto(`/${locale}/agreements/${slug}`);
      for (const key of ["end", "noticeDeadline", "nextRenewal"] as const) {
        const shown = await page.locator(`[data-testid=computed-${key}] dd time`).evaluateAll((ts) => ts.map((t) => t.getAttribute("datetime")));
        expect(shown, `${slug} ${key}`).toEqual(times(dates[key]));
      }
      // The record's own calendar is offered where it holds an event (a record whose deadlines are long past, or that has ended, has none).
      const ics = await page.request.get(`/${locale}/agreements/${slug}/deadlines.ics`);
      expect(ics.status(), slug).toBe(200);
      await expect(page.getByTestId("record-calendar-link"), slug).toHaveCount((await ics.text()).includes("BEGIN:VEVENT") ? 1 : 0);
    }
    await page.goto(`/${locale}/timeline`);
    for (const [slug, dates] of api) {
      const bars = page.locator(`[data-testid=timeline-bar][href$="/agreements/${slug}"]`);
      if ((await bars.count()) === 0) continue; // an undated record has no bar
      const end = dates.end.state === "computed" ? (dates.end.last ?? dates.end.first ?? "") : "";
      for (const bar of await bars.all()) await expect(bar, slug).toHaveAttribute("data-end", end);
    }
    // The AI MoC's bar runs into the future, to its computed end, with its renewal marked.
    await expect(page.locator(`[data-testid=timeline-bar][href$="/agreements/${aiSlug}"]`).first()).toHaveAttribute("data-end", AI_MOC.end);
  });

  test(`the deadlines views and both calendars carry the same upcoming dates (${locale})`, async ({ page, browser, request }) => {
    const listed = async (p: typeof page, path: string) => {
      const rows: Record<string, string[]> = {};
      for (let n = 1; ; n++) {
        await p.goto(`${path}&page=${n}`);
        const found = await p.getByTestId("watch-row").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-slug")!, `${tr.getAttribute("data-kind")} ${tr.getAttribute("data-first")}`] as const));
        for (const [slug, d] of found) (rows[slug] ??= []).push(d);
        if (found.length === 0 || (await p.locator('a[rel="next"]').count()) === 0) break;
      }
      return rows;
    };
    const publicRows = await listed(page, `/${locale}/expiring?view=deadlines&months=all`);
    const { context, page: staff } = await staffPage(browser, "viewer");
    const staffRows = await listed(staff, `/${locale}/editor/watch?view=deadlines&months=all`);
    await context.close();
    const feed = async (path: string) => {
      const response = await request.get(path);
      expect(response.status(), path).toBe(200);
      const events: Record<string, string[]> = {};
      for (const e of new ICAL.Component(ICAL.parse(await response.text())).getAllSubcomponents("vevent")) {
        const slug = String(e.getFirstPropertyValue("url")).split("/agreements/")[1];
        const kind = String(e.getFirstPropertyValue("uid")).split("-")[2]!.toUpperCase();
        const day = String(e.getFirstPropertyValue("dtstart"));
        if (slug && day >= today) (events[slug] ??= []).push(`${kind} ${day}`);
      }
      return events;
    };
    const publicFeed = await feed(`/${locale}/deadlines.ics`);
    const staffFeed = await feed(`/${locale}/calendar/${calendarToken}.ics`);
    for (const [slug, dates] of api) {
      const want = upcoming(dates);
      expect((publicRows[slug] ?? []).sort(), `${slug} on /expiring`).toEqual(want);
      expect((staffRows[slug] ?? []).sort(), `${slug} on the staff watch list`).toEqual(want);
      expect((publicFeed[slug] ?? []).sort(), `${slug} in the public calendar`).toEqual(want);
      expect((staffFeed[slug] ?? []).sort(), `${slug} in the staff calendar`).toEqual(want);
      if (want.length) {
        const own = await feed(`/${locale}/agreements/${slug}/deadlines.ics`);
        expect((own[slug] ?? []).sort(), `${slug}'s own calendar`).toEqual(want);
      }
    }
    expect(upcoming(api.get(aiSlug)!)).toEqual([`NOTICE ${AI_MOC.notice}`, `RENEWAL ${AI_MOC.renewal}`]);
  });
}

test("a shorter window says how many deadlines lie beyond it and links to all upcoming (th)", async ({ page }) => {
  await page.goto("/th/expiring?view=deadlines&months=3");
  await expect(page.getByTestId("watch-beyond")).toContainText("ยังมีกำหนดเวลาอีก");
  await page.getByTestId("watch-beyond").getByRole("link").click();
  await expect(page).toHaveURL(/months=all/);
  await expect(page.locator(`[data-testid=watch-row][data-slug="${aiSlug}"]`)).toHaveCount(2);
  await expect(page.getByTestId("watch-window").getByRole("link", { name: "ทั้งหมดที่จะถึง" })).toHaveAttribute("aria-current", "page");
});

for (const locale of ["th", "ja"] as const) {
  for (const width of [1280, 390]) {
    test(`the timeline at ${width} px in ${locale}: full titles, every bar a link reachable by keyboard, the future drawn`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/${locale}/timeline`);
      const rows = page.getByTestId("timeline-row");
      const count = await rows.count();
      expect(count).toBeGreaterThan(0);
      // Each label is the whole title: the table's link text for the same record, never cut with "…".
      const labels = await rows.locator("> span:first-child").allTextContents();
      expect(labels.some((l) => l.endsWith("…"))).toBe(false);
      const titles = new Map(await page.getByTestId("timeline-table").locator("tbody tr td:nth-child(2) a").evaluateAll((as) => as.map((a) => [a.getAttribute("href")!.split("/").pop()!, a.textContent!.trim()] as const)));
      const bars = page.getByTestId("timeline-bar");
      const hrefs = await bars.evaluateAll((as) => as.map((a) => a.getAttribute("href")!.split("/").pop()!));
      for (const [i, label] of labels.entries()) expect(label.trim()).toBe(titles.get(hrefs[i]!));
      // The two MDES–MIC MoCs of 2022 and 2025 read apart.
      const ai = labels[hrefs.indexOf(aiSlug)]!;
      const mdes2022 = labels[hrefs.indexOf("moc-ict-digital-2022")]!;
      expect(ai).not.toBe(mdes2022);
      // Every bar is a visible link with an accessible name; on a phone the bar sits below its title at full width.
      for (const bar of (await bars.all()).slice(0, 12)) {
        await expect(bar).toBeVisible();
        expect((await bar.getAttribute("aria-label"))!.length).toBeGreaterThan(10);
        const box = (await bar.boundingBox())!;
        expect(box.x + box.width).toBeLessThanOrEqual(width);
      }
      // Reachable by keyboard: focusing the first bar and tabbing reaches the next bar, in order.
      await bars.first().focus();
      await expect(bars.first()).toBeFocused();
      await page.keyboard.press("Tab");
      await expect(bars.nth(1)).toBeFocused();
      // The AI MoC's bar runs past today's line, and its next renewal is marked.
      const today = (await page.getByTestId("timeline-today").boundingBox())!;
      const aiBar = (await bars.nth(hrefs.indexOf(aiSlug)).boundingBox())!;
      expect(aiBar.x + aiBar.width).toBeGreaterThan(today.x + 10);
      await expect(page.getByTestId("timeline-row").nth(hrefs.indexOf(aiSlug)).getByTestId("timeline-renewal")).toHaveCount(1);
      // The count names agreements, not rows: an agreement under two parties is one.
      const distinct = new Set(hrefs).size;
      await expect(page.getByTestId("timeline-count")).toHaveText(new RegExp(`(^|\\D)${distinct}(\\D|$)`));
    });
  }
}
