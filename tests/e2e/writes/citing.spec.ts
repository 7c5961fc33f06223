// Issue 27's editor, timed in actions rather than seconds: a realistic new
// MoC (MDES–MIC on AI and data, signed in Tokyo on 15 October 2025, five
// years, automatic renewal, six months' notice, two signatories, three scope
// areas of which one new, one source) entered in Thai with every fact cited
// by 4 passages backing 16 facts, and published. Every fill, click, tick and
// selection the editor makes from opening the staff address and signing in to
// publishing is counted; before passages it took 112 (56 of them citations). Then each fact's passage is
// found on the public page in Thai, English and Japanese.
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "../helpers/test";
import { emailOf, password, query } from "../helpers/staff";
import { passageOf } from "../helpers/passages";

const MAX_ACTIONS = 45;

const TITLE_TH = "บันทึกความร่วมมือด้านปัญญาประดิษฐ์และข้อมูล";
const PASSAGES = {
  signing:
    "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และกระทรวงกิจการภายในและการสื่อสาร (MIC) ของญี่ปุ่น ลงนามบันทึกความร่วมมือด้านปัญญาประดิษฐ์และข้อมูล ณ กรุงโตเกียว ประเทศญี่ปุ่น เมื่อวันที่ 15 ตุลาคม 2568 โดยมีผลใช้บังคับตั้งแต่วันที่ 15 ตุลาคม 2568",
  signatories: "ผู้ลงนามฝ่ายไทยคือ นายชัยชนก ชิดชอบ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม และฝ่ายญี่ปุ่นคือ นายมุราคามิ เซอิจิโร รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร",
  term: "บันทึกความร่วมมือมีอายุ 5 ปี และต่ออายุโดยอัตโนมัติ เว้นแต่ฝ่ายใดฝ่ายหนึ่งแจ้งยกเลิกเป็นลายลักษณ์อักษรล่วงหน้า 6 เดือน",
  scope: "ความร่วมมือครอบคลุมปัญญาประดิษฐ์ ความมั่นคงปลอดภัยทางไซเบอร์ และการพัฒนาบุคลากรด้านไอซีทีและดิจิทัล เพื่อให้ทั้งสองประเทศใช้ข้อมูลอย่างมีธรรมาภิบาล",
};

/** The editor's own actions, counted: each fill, click, tick or choice is one. */
function counted(page: Page) {
  let n = 0;
  return {
    get count() {
      return n;
    },
    fill: async (target: Locator, value: string) => (n++, target.fill(value)),
    click: async (target: Locator) => (n++, target.click()),
    check: async (target: Locator) => (n++, target.check()),
    select: async (target: Locator, value: string) => (n++, target.selectOption(value)),
    goto: async (url: string) => (n++, page.goto(url)),
    page,
  };
}

async function idOf(table: string, column: string, value: string): Promise<string> {
  const [row] = await query<{ id: number }>(`SELECT id FROM "${table}" WHERE "${column}" = $1`, [value]);
  return String(row!.id);
}

test("an editor enters the AI MoC in Thai, every fact cited by 4 passages, and publishes it in at most 45 actions", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const [mdes, mic, cyber, hrd] = [await idOf("Organization", "slug", "mdes"), await idOf("Organization", "slug", "mic"), await idOf("ScopeArea", "key", "cybersecurity"), await idOf("ScopeArea", "key", "human-resource-development")];
  const a = counted(page);
  const add = (name: string) => a.click(page.getByRole("button", { name, exact: true }));

  await a.goto("/th/editor");
  await expect(page).toHaveURL(/\/th\/sign-in\?next=/);
  await a.fill(page.locator("#email"), emailOf("editor"));
  await a.fill(page.locator("#password"), password());
  await a.click(page.locator("#sign-in-submit"));
  await expect(page).toHaveURL(/\/th\/editor$/);

  await a.click(page.getByRole("link", { name: "เพิ่มความตกลงใหม่" }));
  await a.fill(page.locator("#f-titleTh"), TITLE_TH);
  await a.fill(page.locator("#f-titleEn"), "Memorandum of Cooperation on Artificial Intelligence and Data");
  await expect(page.locator("#f-slug")).toHaveValue("memorandum-of-cooperation-on-artificial-intellig");
  await a.fill(page.locator("#f-summaryTh"), "ความร่วมมือด้านปัญญาประดิษฐ์และการใช้ข้อมูลอย่างมีธรรมาภิบาลระหว่างกระทรวงดิจิทัลฯ และกระทรวงกิจการภายในและการสื่อสารของญี่ปุ่น");
  await a.fill(page.locator("#f-signedOn"), "2025-10-15");
  await a.fill(page.locator("#f-signedAtTh"), "กรุงโตเกียว ประเทศญี่ปุ่น");
  await a.fill(page.locator("#f-effectiveOn"), "2025-10-15");
  await a.fill(page.locator("#f-termMonths"), "60");
  await a.select(page.locator("#f-automaticRenewal"), "yes");
  await a.fill(page.locator("#f-terminationNoticeMonths"), "6");

  await add("+ เพิ่มคู่ภาคี");
  await a.select(page.locator("#f-parties-0-organizationId"), mdes);
  await add("+ เพิ่มคู่ภาคี");
  await a.select(page.locator("#f-parties-1-organizationId"), mic);

  await add("+ เพิ่มผู้ลงนาม");
  await a.fill(page.locator("#f-signatories-0-nameTh"), "ชัยชนก ชิดชอบ");
  await a.fill(page.locator("#f-signatories-0-nameEn"), "Chaichanok Chidchob");
  await a.fill(page.locator("#f-signatories-0-positionTh"), "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม");
  await add("+ เพิ่มผู้ลงนาม");
  await a.fill(page.locator("#f-signatories-1-nameTh"), "มุราคามิ เซอิจิโร");
  await a.fill(page.locator("#f-signatories-1-nameEn"), "Seiichiro Murakami");
  await a.fill(page.locator("#f-signatories-1-positionTh"), "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร");
  // The second signatory acts for the second party without being told.
  await expect(page.locator("#f-signatories-1-party")).toHaveValue("1");

  await a.check(page.locator(`#f-scopeAreas-area-${cyber}`));
  await a.check(page.locator(`#f-scopeAreas-area-${hrd}`));
  await add("+ เพิ่มขอบเขตที่ยังไม่มีในทะเบียน");
  await a.fill(page.locator("#f-scopeAreas-2-newScopeArea-labelTh"), "ปัญญาประดิษฐ์");
  await a.fill(page.locator("#f-scopeAreas-2-newScopeArea-labelEn"), "Artificial intelligence");

  await add("+ เพิ่มแหล่งที่มา");
  await a.select(page.locator("#f-sources-0-sourceId"), "new");
  await a.fill(page.locator("#f-sources-0-newSource-title"), "ข่าวกระทรวงดิจิทัลฯ: ลงนามบันทึกความร่วมมือด้านปัญญาประดิษฐ์กับญี่ปุ่น");

  // Each passage once, pasted into the empty passage slot (which takes the
  // source of the passage before it), its facts ticked from what it mentions.
  const expected: Record<string, string[]> = {
    signing: ["ชื่อความตกลง", "ประเภท", "วันที่ลงนาม: 15 ตุลาคม 2568", "สถานที่ลงนาม", "วันที่มีผลใช้บังคับ", "คู่ภาคี: กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "คู่ภาคี: กระทรวงกิจการภายใน", "ขอบเขต: ปัญญาประดิษฐ์"],
    signatories: ["ผู้ลงนาม: ชัยชนก ชิดชอบ", "ผู้ลงนาม: มุราคามิ เซอิจิโร"],
    term: ["อายุความตกลง: 60 เดือน", "การต่ออายุอัตโนมัติ", "ระยะเวลาแจ้งยกเลิก: 6 เดือน"],
    scope: ["ขอบเขต: ความมั่นคงปลอดภัยทางไซเบอร์", "ขอบเขต: การพัฒนาบุคลากร"],
  };
  for (const [n, key] of (["signing", "signatories", "term", "scope"] as const).entries()) {
    await a.fill(page.locator("#f-citations-new"), PASSAGES[key]);
    await expect(page.locator(`#f-citations-${n}-quote`)).toBeFocused();
    await expect(page.locator(`#f-citations-${n}-quote`)).toHaveValue(PASSAGES[key]);
    await expect(page.locator("#f-citations-new")).toHaveValue("");
    const facts = page.getByTestId("passage-facts").nth(n);
    await a.click(facts.getByTestId("tick-suggested"));
    for (const label of expected[key]!) await expect(facts.locator("li", { hasText: label }).getByRole("checkbox")).toBeChecked();
  }
  // The summary is the registry's own words: no passage states it word for word, so it is ticked by hand.
  await a.check(page.getByTestId("passage-facts").nth(3).getByRole("checkbox", { name: /^สาระสำคัญ/ }));
  await expect(page.getByTestId("uncited")).toHaveCount(0);

  await a.click(page.getByTestId("create-and-publish"));
  await expect(page).toHaveURL(/\/th\/editor\/agreements\/\d+\?created=1$/);
  await expect(page.getByTestId("publication-state")).toContainText("เผยแพร่แล้ว");
  expect(a.count).toBeLessThanOrEqual(MAX_ACTIONS);
  test.info().annotations.push({ type: "actions", description: String(a.count) });

  // 4 passages, 16 facts, each fact's passage on the public page in each language.
  const [record] = await query<{ id: number; slug: string }>(`SELECT id, slug FROM "Agreement" WHERE "titleTh" = $1`, [TITLE_TH]);
  expect(await query(`SELECT 1 FROM "Citation" WHERE "agreementId" = $1`, [record!.id])).toHaveLength(4);
  expect(await query(`SELECT DISTINCT f."fact", COALESCE(f."partyId", f."signatoryId", f."scopeAreaLinkId") FROM "CitationFact" f JOIN "Citation" c ON c.id = f."citationId" WHERE c."agreementId" = $1`, [record!.id])).toHaveLength(16);
  const reader = await browser.newPage();
  const factPassages: Array<[string, number, keyof typeof PASSAGES]> = [
    ["title", 1, "signing"],
    ["kind", 1, "signing"],
    ["summary", 1, "scope"],
    ["signedOn", 1, "signing"],
    ["signedAt", 1, "signing"],
    ["effectiveOn", 1, "signing"],
    ["termMonths", 1, "term"],
    ["automaticRenewal", 1, "term"],
    ["terminationNoticeMonths", 1, "term"],
    ["signatory", 2, "signatories"],
    ["scopeArea", 3, "scope"],
  ];
  for (const locale of ["th", "en", "ja"]) {
    await reader.goto(`/${locale}/agreements/${record!.slug}`);
    await expect(reader.getByTestId("place-of-signing")).toContainText("กรุงโตเกียว ประเทศญี่ปุ่น");
    for (const [fact, rows, key] of factPassages) {
      const marks = reader.locator(`main .cite-marks[data-fact="${fact}"]`);
      expect(await marks.count(), `${locale} ${fact}`).toBeGreaterThanOrEqual(rows);
      for (let i = 0; i < rows; i++) {
        const texts = await Promise.all((await marks.nth(i).getByTestId("citation").all()).map(async (m) => (await passageOf(reader, m)).textContent()));
        expect(texts.join(" "), `${locale} ${fact} ${i}`).toContain(PASSAGES[key]);
      }
    }
    // Both parties, each backed by the signing passage.
    const parties = reader.locator(`main .cite-marks[data-fact="party"]`);
    await expect(parties).toHaveCount(2);
    for (const party of await parties.all()) expect(await (await passageOf(reader, party.getByTestId("citation").first())).textContent()).toContain(PASSAGES.signing);
  }
  await reader.close();
});
