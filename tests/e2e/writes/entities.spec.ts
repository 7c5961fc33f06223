// Shared entities in Chromium (issue 14, part 2): two spellings of one
// person merged from the person's page, in Thai, leave one person on both
// public record pages and in search; an organization corrected in English
// is corrected on the public record; the pages pass an axe scan.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, watchContext } from "../helpers/test";
import { minimalInput, query, staffPage, uniqueSlug, write } from "../helpers/staff";

test("two spellings of one person merged on the person's page leave one person on every record page and in search", async ({ browser }) => {
  test.setTimeout(90_000);
  const { context, page } = await staffPage(browser, "editor");
  const tag = uniqueSlug("p").replace(/-/g, "");
  const [mdes, mic] = await query<{ id: number; slug: string }>(`SELECT id, slug FROM "Organization" WHERE slug IN ('mdes', 'mic') ORDER BY slug`);
  const withSignatory = async (slug: string, nameTh: string, nameEn: string) => {
    const input = {
      ...minimalInput(slug, `E2E merge ${slug}`),
      parties: [
        { organizationId: mdes!.id, newOrganization: null },
        { organizationId: mic!.id, newOrganization: null },
      ],
      signatories: [{ nameTh, nameEn, positionTh: "", positionEn: "", party: 1, role: "SIGNATORY", planned: false }],
    };
    const created = await write(context.request, "POST", "/api/editor/agreements", { input });
    expect(created.status()).toBe(201);
    const { id, version } = await created.json();
    expect((await write(context.request, "POST", `/api/editor/agreements/${id}/publication`, { version, action: "PUBLISH" })).status()).toBe(200);
  };
  const a = uniqueSlug("merge-a");
  const b = uniqueSlug("merge-b");
  await withSignatory(a, "ซานาเอะ ทากาอิจิ ทดสอบ", `Sanae Takaichi ${tag}`);
  await withSignatory(b, "ซะนะเอะ ทะกะอิชิ ทดสอบ", `Sanae Takaichii ${tag}`);
  const [keep] = await query<{ id: number }>(`SELECT id FROM "Person" WHERE "nameEn" = $1`, [`Sanae Takaichi ${tag}`]);

  await page.goto(`/th/editor/people/${keep!.id}`);
  await expect(page.getByTestId("affected-records")).toContainText("การแก้ไขที่นี่จะเปลี่ยนสิ่งที่บันทึก 1 รายการต่อไปนี้แสดง:");
  const candidate = page.getByTestId("merge-candidates").locator("li", { hasText: `Sanae Takaichii ${tag}` });
  await expect(candidate).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("รวม “ซะนะเอะ ทะกะอิชิ ทดสอบ” เข้ากับ “ซานาเอะ ทากาอิจิ ทดสอบ” หรือไม่");
    void dialog.accept();
  });
  await candidate.getByRole("button", { name: "รวมเข้ากับรายการนี้" }).click();
  // The merged entry leaves the list when the page refreshes; the confirmation stays, above the list.
  await expect(page.getByRole("region", { name: "รวมรายการซ้ำเข้ากับรายการนี้" }).getByTestId("entity-status")).toHaveText("รวมแล้ว ปรับปรุงบันทึก 2 รายการ");
  await expect(candidate).toHaveCount(0);
  await expect(page.getByRole("region", { name: "รวมรายการซ้ำเข้ากับรายการนี้" }).getByTestId("entity-status")).toHaveText("รวมแล้ว ปรับปรุงบันทึก 2 รายการ");
  await expect(page.getByTestId("affected-records")).toContainText("การแก้ไขที่นี่จะเปลี่ยนสิ่งที่บันทึก 2 รายการต่อไปนี้แสดง:");
  await expect(page.getByTestId("entity-history-list")).toContainText(`รวม Sanae Takaichii ${tag} / ซะนะเอะ ทะกะอิชิ ทดสอบ เข้ามา`);
  expect(await query(`SELECT id FROM "Person" WHERE "nameEn" = $1`, [`Sanae Takaichii ${tag}`])).toEqual([]);
  await context.close();

  const readerContext = watchContext(await browser.newContext());
  const reader = await readerContext.newPage();
  for (const slug of [a, b]) {
    await reader.goto(`/en/agreements/${slug}`);
    await expect(reader.getByTestId("signatories")).toContainText(`Sanae Takaichi ${tag}`);
    await expect(reader.getByTestId("signatories")).not.toContainText(`Takaichii ${tag}`);
  }
  await reader.goto(`/th/agreements?q=${encodeURIComponent("ซานาเอะ ทากาอิจิ ทดสอบ")}`);
  for (const slug of [a, b]) await expect(reader.locator(`main a[href$="/agreements/${slug}"]`).first()).toBeVisible();
  await readerContext.close();
});

test("an organization corrected on its page in English is corrected on the public record", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  const slug = uniqueSlug("org-fix");
  const input = { ...minimalInput(slug, "E2E org fix"), parties: [{ organizationId: null, newOrganization: { nameTh: "สำนักงานทดสอบ", nameEn: `Ofice of Testing ${slug}`, abbreviation: "", countryCode: "TH" } }] };
  const created = await write(context.request, "POST", "/api/editor/agreements", { input });
  const { id, version } = await created.json();
  await write(context.request, "POST", `/api/editor/agreements/${id}/publication`, { version, action: "PUBLISH" });
  const [org] = await query<{ id: number }>(`SELECT id FROM "Organization" WHERE "nameEn" = $1`, [`Ofice of Testing ${slug}`]);

  await page.goto(`/en/editor/organizations?q=${encodeURIComponent(`Ofice of Testing ${slug}`)}`);
  await expect(page.getByTestId("entity-count")).toHaveText("1 entry");
  await page.getByTestId("entity-list").getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/en/editor/organizations/${org!.id}$`));
  await page.locator("#f-nameEn").fill(`Office of Testing ${slug}`);
  await page.locator("#f-countryCode").fill("");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByTestId("error-countryCode")).toBeVisible();
  await page.locator("#f-countryCode").fill("TH");
  await page.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByTestId("entity-status")).toHaveText("Saved: 1 field changed.");
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await context.close();

  const readerContext = watchContext(await browser.newContext());
  const reader = await readerContext.newPage();
  await reader.goto(`/en/agreements/${slug}`);
  await expect(reader.locator("section[aria-labelledby=parties]")).toContainText(`Office of Testing ${slug}`);
  await readerContext.close();
});
