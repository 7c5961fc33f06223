import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./helpers/test";
import { openPassage, passageOf } from "./helpers/passages";

const JS = "/agreements/joint-statement-ict-2015";

test("the 2015 Joint Statement in Thai: Buddhist Era date, signatories, scope areas", async ({ page }) => {
  await page.goto(`/th${JS}`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("แถลงการณ์ร่วมของกระทรวงเทคโนโลยีสารสนเทศและการสื่อสาร");
  await expect(page.getByTestId("date-signature")).toContainText("30 เมษายน 2558");
  await expect(page.getByTestId("date-expiry")).toContainText("แหล่งที่มาไม่ได้ระบุ");
  await expect(page.getByTestId("signatories")).toContainText("พรชัย รุจิประภา");
  await expect(page.getByTestId("signatories")).toContainText("ซะนะเอะ ทาคาอิชิ");
  await expect(page.getByTestId("scope-areas")).toContainText("ความมั่นคงปลอดภัยทางไซเบอร์");
  await expect(page.getByTestId("status")).toContainText("ลงนามแล้ว");
});

test("the 2015 Joint Statement in English: Gregorian date and the Thai original marked", async ({ page }) => {
  await page.goto(`/en${JS}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await expect(page.getByTestId("date-signature")).toContainText("30 April 2015");
  await expect(page.getByTestId("signatories")).toContainText("Sanae Takaichi");
  await expect(page.getByTestId("scope-areas")).toContainText("Cybersecurity");
  const thaiTitle = page.locator('p[lang="th"]').filter({ hasText: "แถลงการณ์ร่วม" });
  await expect(thaiTitle).toContainText("Thai original");
});

test("a citation reveals its quoted passage and leads to its source", async ({ page }) => {
  await page.goto(`/en${JS}`);
  const marker = page.getByTestId("date-signature").getByTestId("citation").first();
  const passage = await openPassage(page, marker);
  await expect(passage.locator('q[lang="th"]')).toContainText("30 เมษายน 2558");
  await expect(passage).toContainText("on 30 April 2015");
  // A popover: Escape closes it and gives the focus back to its marker; Enter opens it again.
  await page.keyboard.press("Escape");
  await expect(passage.locator("q")).toBeHidden();
  await marker.locator("button").focus();
  await page.keyboard.press("Enter");
  await expect(passage.locator("q")).toBeVisible();
  // The passage links the source (its public address, found in the third reading) and its archived copy.
  await expect(passage.getByRole("link").first()).toHaveAttribute("href", /^http:\/\/www\.adslthailand\.com\/post\//);
  await passage.getByRole("link").nth(1).click();
  await expect(page).toHaveURL(/\/en\/sources\/de-postal-moc-draft$/);
});

test("citation popovers: one open at a time, Escape and a click elsewhere close them, focus returns to the marker (issue 27)", async ({ page }) => {
  await page.goto(`/en${JS}`);
  const markers = page.getByTestId("citation");
  // Two markers of different passages (one passage may back neighbouring facts).
  const targets = await markers.locator("button").evaluateAll((bs) => bs.map((b) => b.getAttribute("popovertarget")));
  const first = markers.nth(0);
  const second = markers.nth(targets.findIndex((t) => t !== targets[0]));
  const [one, two] = [await passageOf(page, first), await passageOf(page, second)];
  await first.locator("button").click();
  await expect(one).toBeVisible();
  // Opening another closes the first: never two over each other.
  await second.locator("button").click();
  await expect(two).toBeVisible();
  await expect(one).toBeHidden();
  // Escape closes it and the focus is back on its marker.
  await page.keyboard.press("Escape");
  await expect(two).toBeHidden();
  await expect(second.locator("button")).toBeFocused();
  // A click elsewhere on the page closes an open one.
  await first.locator("button").click();
  await expect(one).toBeVisible();
  await page.getByRole("heading", { level: 1 }).click({ position: { x: 2, y: 2 } });
  await expect(one).toBeHidden();
});

test("sources with a web address open outside, safely", async ({ page }) => {
  await page.goto("/th/agreements/moc-ict-digital-2022");
  const link = page.getByTestId("sources").getByRole("link").first();
  await expect(link).toHaveAttribute("href", "https://www.thaigov.go.th/news/contents/details/57695");
  await expect(link).toHaveAttribute("target", "_blank");
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
});

test("month precision is shown as a month in both calendars", async ({ page }) => {
  await page.goto("/th/agreements/moc-postal-services");
  await expect(page.getByTestId("date-expiry")).toContainText("พฤศจิกายน 2562");
  await expect(page.getByTestId("date-signature")).toContainText("14 พฤศจิกายน 2559");
  await expect(page.getByTestId("date-entryIntoEffect")).toContainText("แหล่งที่มาไม่ได้ระบุ");
  // Known only as "by the day of the report": a limit, said as one.
  await expect(page.getByTestId("date-cabinetApproval").getByTestId("bounded-date")).toHaveText("ไม่เกินวันที่ 10 พฤศจิกายน 2559");
  await page.goto("/en/agreements/moc-postal-services");
  await expect(page.getByTestId("date-expiry")).toContainText("November 2019");
  await expect(page.getByTestId("date-cabinetApproval").getByTestId("bounded-date")).toHaveText("on or before 10 November 2016");
  await expect(page.getByTestId("status")).toContainText("Expired");
});

test("computed dates: the end and notice deadline with their basis and citations, or what the sources leave out", async ({ page }) => {
  await page.goto("/th/agreements/moc-postal-services");
  await expect(page.getByTestId("computed-end")).toContainText("พฤศจิกายน 2562");
  await expect(page.getByTestId("computed-noticeDeadline")).toContainText("ระหว่าง 1 พฤษภาคม 2562 ถึง 30 พฤษภาคม 2562");
  await expect(page.getByTestId("computed-noticeDeadline").getByTestId("citation")).toHaveCount(2);
  await page.goto("/en/agreements/moc-postal-services");
  await expect(page.getByTestId("computed-noticeDeadline")).toContainText("between 1 May 2019 and 30 May 2019");
  await expect(page.getByTestId("computed-nextRenewal")).toContainText("None: the sources state when it ends.");
  await page.goto("/en/agreements/moc-ict-digital-2022");
  await expect(page.getByTestId("computed-end")).toContainText("Cannot be computed: the sources do not state the date of entry into effect");
  await page.goto("/th/agreements/moc-ict-digital-2022");
  await expect(page.getByTestId("computed-end")).toContainText("คำนวณไม่ได้ เพราะแหล่งที่มาไม่ได้ระบุวันเริ่มมีผล");
  // The 2017 MoC's end is stated (third reading): shown as stated, in both languages.
  await page.goto("/en/agreements/moc-ict-digital-2017");
  await expect(page.getByTestId("computed-end")).toContainText("7 June 2022");
  await page.goto("/th/agreements/moc-ict-digital-2017");
  await expect(page.getByTestId("computed-end")).toContainText("7 มิถุนายน 2565");
});

test("the language switch stays on the same record", async ({ page }) => {
  await page.goto(`/th${JS}`);
  await page.getByTestId("language-switch-en").click();
  await expect(page).toHaveURL(new RegExp(`/en${JS}$`));
  await expect(page.getByTestId("date-signature")).toContainText("30 April 2015");
  await page.getByTestId("language-switch-ja").click();
  await expect(page).toHaveURL(new RegExp(`/ja${JS}$`));
  await expect(page.getByTestId("date-signature")).toContainText("平成27年（2015年）4月30日");
  await page.getByTestId("language-switch-th").click();
  await expect(page).toHaveURL(new RegExp(`/th${JS}$`));
});

test("the language chosen with the switch is remembered for /, though public pages set no cookie", async ({ page }) => {
  const answer = await page.goto(`/th${JS}`);
  expect(answer?.headers()["set-cookie"]).toBeUndefined();
  await page.getByTestId("language-switch-ja").click();
  await expect(page).toHaveURL(new RegExp(`/ja${JS}$`));
  await page.goto("/");
  await expect(page).toHaveURL(/\/ja$/);
});

test("printed, the record drops the site's navigation and lists each cited passage once under its marker's number", async ({ page }) => {
  await page.goto(`/th${JS}`);
  const printed = page.getByTestId("printed-citations");
  await expect(printed.locator("h2")).toBeHidden();
  await expect(printed.locator("q").first()).toBeHidden();
  await page.emulateMedia({ media: "print" });
  await expect(page.locator("header").first()).toBeHidden();
  await expect(page.locator("footer").first()).toBeHidden();
  await expect(page.getByRole("button", { name: "พิมพ์" })).toBeHidden();
  await expect(printed).toBeVisible();
  const marker = (await page.getByTestId("date-signature").getByTestId("citation").first().locator("button").textContent())!.trim();
  await expect(printed.locator("ol > li").filter({ hasText: marker }).first()).toContainText("30 เมษายน 2558");
  // Once each: a passage backing several facts has one number and one entry.
  const numbers = new Set((await page.getByTestId("citation").locator("button").allTextContents()).map((n) => n.replace("≠", "").trim()));
  expect(await printed.locator("ol > li").count()).toBe(numbers.size);
  expect(numbers.size).toBeLessThan(await page.getByTestId("citation").count());
});

test("the agreement page is sent without Next's runtime, ≤ 120 kB for the largest record, and its search shortcut, print button and language memory work", async ({ page, request }) => {
  // The heaviest record in its heaviest language (Thai: three bytes a character).
  const html = await (await request.get(`/th${JS}`)).text();
  expect(Buffer.byteLength(html)).toBeLessThanOrEqual(120 * 1024);
  expect(html).not.toContain("self.__next_f");
  expect(html).not.toMatch(/<script src="\/_next\//);
  // Counts calls instead of opening the dialog, before any of the page's own script runs.
  await page.addInitScript(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void (window as unknown as { printed: number }).printed++;
  });
  const scripts: string[] = [];
  page.on("request", (asked) => {
    if (asked.resourceType() === "script") scripts.push(asked.url());
  });
  await page.goto(`/en${JS}`, { waitUntil: "load" });
  await page.waitForLoadState("networkidle");
  expect(scripts).toEqual([]);
  // What the page does with JavaScript is the inline page script's (lib/browser/page-script.ts).
  await page.keyboard.press("/");
  await expect(page.getByTestId("site-search")).toBeFocused();
  await page.getByRole("button", { name: "Print" }).click();
  expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
  await expect((await openPassage(page, page.getByTestId("citation").first())).locator("q")).toBeVisible();
  // A link from the record is an ordinary page load; from a list, the App Router's navigation still works.
  await page.getByRole("link", { name: "Agreements", exact: true }).first().click();
  await expect(page).toHaveURL(/\/en\/agreements$/);
  await page.getByRole("link", { name: /Joint Statement/ }).first().click();
  await expect(page.getByTestId("date-signature")).toContainText("30 April 2015");
});

test("the record page does not move as its fonts arrive: they are preloaded from the head, and nothing shifts while it loads (th, en)", async ({ browser, request }) => {
  for (const locale of ["th", "en"]) {
    const html = await (await request.get(`/${locale}${JS}`)).text();
    const head = html.slice(0, html.indexOf("</head>"));
    // The Thai and Latin subsets of both weights the page uses (app/fonts.ts).
    expect(head.match(/<link rel="preload" href="\/_next\/static\/media\/[^"]+\.woff2" as="font"/g) ?? [], locale).toHaveLength(4);
    // A fresh context: no font in the memory cache.
    const fresh = await browser.newPage();
    await fresh.goto(`/${locale}${JS}`, { waitUntil: "load" });
    await fresh.evaluate(() => document.fonts.ready);
    const shift = await fresh.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as Array<PerformanceEntry & { value: number; hadRecentInput: boolean }>) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: "layout-shift", buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
        }),
    );
    // Lighthouse's CLS was 0.12 with the fonts found late; "good" is below 0.1.
    expect(shift, locale).toBeLessThan(0.01);
    expect(await fresh.evaluate(() => [...document.fonts].filter((f) => f.status === "loaded").length), locale).toBeGreaterThanOrEqual(2);
    await fresh.close();
  }
});

// Markup the HTML parser rearranges (a block inside a <p>, say) looks right
// only after React repairs it in the browser; a reader without JavaScript
// sees it unrepaired. A stray </p> leaves an empty <p> behind, so none may exist.
test.describe("pages read without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const locale of ["th", "en"] as const) {
    for (const slug of ["joint-statement-ict-2015", "moc-postal-services", "moc-ict-digital-2017", "moc-ict-digital-2022", "depa-mic-moc-digital-innovation-2022"]) {
      test(`/${locale}/agreements/${slug} is laid out as written, citations open and the language switch works`, async ({ page }) => {
        await page.goto(`/${locale}/agreements/${slug}`);
        await expect(page.getByTestId("agreement")).toBeVisible();
        expect(await page.locator("p:empty").count()).toBe(0);
        await expect((await openPassage(page, page.getByTestId("citation").first())).locator("q")).toBeVisible();
        const other = locale === "th" ? "en" : "th";
        await page.getByTestId(`language-switch-${other}`).click();
        await expect(page).toHaveURL(new RegExp(`/${other}/agreements/${slug}$`));
      });
    }
  }
});

for (const [locale, title, note] of [
  ["th", "ประเด็นที่แหล่งข้อมูลระบุไม่ตรงกัน", "ทะเบียนนี้ยึดตำแหน่งตามเอกสารของกระทรวงที่เป็นคู่ภาคี"],
  ["en", "Where the sources disagree", "The registry follows the party's own record."],
] as const) {
  test(`a disagreement between sources is shown on the record's page, with the Japanese side's record quoted and rendered (${locale})`, async ({ page }) => {
    await page.goto(`/${locale}/agreements/moc-ict-digital-2022`);
    const box = page.getByTestId("disagreements");
    await expect(box.getByRole("heading")).toHaveText(title);
    await expect(box).toContainText(note);
    // The passage that disagrees has its own marker, marked ≠.
    await expect(page.locator('[data-contradicts="true"]')).toHaveCount(1);
    // The exchange representative's office is MIC's own name for it.
    await expect(page.getByTestId("signatories")).toContainText("Vice-Minister for Policy Coordination");
    // MIC's passage, in Japanese, with the registry's rendering in the reader's language.
    const passage = await openPassage(page, page.getByTestId("date-signature").getByTestId("citation").first());
    await expect(passage.locator('q[lang="ja"]')).toContainText("令和4年8月5日");
    await expect(passage).toContainText(locale === "th" ? "เมื่อวันที่ 5 สิงหาคม 2565" : "On 5 August 2022");
    expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  });
}
