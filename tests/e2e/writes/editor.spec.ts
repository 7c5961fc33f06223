// The editor workspace in Chromium: signing in, adding a record through the
// whole form, drafts and publishing, roles, stale forms, history and restore.
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, watchContext } from "../helpers/test";
import { emailOf, minimalInput, ORIGIN, password, query, signInContext, staffPage, uniqueSlug, write } from "../helpers/staff";

async function idOf(table: string, column: string, value: string): Promise<string> {
  const [row] = await query<{ id: number }>(`SELECT id FROM "${table}" WHERE "${column}" = $1`, [value]);
  if (!row) throw new Error(`${table}.${column} = ${value} not found`);
  return String(row.id);
}

async function signInThroughForm(page: Page, locale: "th" | "en", name: "editor" | "viewer") {
  await page.goto(`/${locale}/editor`);
  await expect(page).toHaveURL(new RegExp(`/${locale}/sign-in\\?next=`));
  await page.locator("#email").fill(emailOf(name));
  await page.locator("#password").fill(password());
  await page.locator("#sign-in-submit").click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/editor$`));
  await expect(page.getByTestId("signed-in-as")).toContainText(emailOf(name));
}

test("an editor adds a new MoC as a draft, publishes it, and it reads right in both languages", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const slug = uniqueSlug("moc-e2e");
  await signInThroughForm(page, "th", "editor");
  await page.getByRole("link", { name: "เพิ่มความตกลงใหม่" }).click();
  await expect(page).toHaveURL(/\/th\/editor\/agreements\/new$/);

  // A first attempt without the Thai title: the error sits beside the field,
  // in Thai, and what was typed stays.
  await page.locator("#f-titleEn").fill("Memorandum of Cooperation on Digital Government");
  await page.locator("#f-slug").fill(slug);
  await page.locator("#f-signedOn").fill("2026-03");
  await expect(page.locator("#f-signedOn-hint")).toContainText("มีนาคม 2569");
  await page.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }).click();
  await expect(page.getByTestId("error-titleTh")).toHaveText("กรุณากรอกชื่อความตกลงภาษาไทย");
  await expect(page.locator("#f-titleTh")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator("#f-titleEn")).toHaveValue("Memorandum of Cooperation on Digital Government");
  await expect(page.locator("#f-signedOn")).toHaveValue("2026-03");

  await page.locator("#f-titleTh").fill("บันทึกความร่วมมือด้านรัฐบาลดิจิทัล");

  const [mdes, mic] = [await idOf("Organization", "slug", "mdes"), await idOf("Organization", "slug", "mic")];
  await page.getByRole("button", { name: "+ เพิ่มคู่ภาคี" }).click();
  await page.locator("#f-parties-0-organizationId").selectOption(mdes);
  await page.getByRole("button", { name: "+ เพิ่มคู่ภาคี" }).click();
  await page.locator("#f-parties-1-organizationId").selectOption(mic);

  await page.getByRole("button", { name: "+ เพิ่มผู้ลงนาม" }).click();
  await page.locator("#f-signatories-0-nameTh").fill("สมชาย ทดสอบ");
  await page.locator("#f-signatories-0-nameEn").fill("Somchai Thodsob");
  await page.locator("#f-signatories-0-positionTh").fill("รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม");
  await page.locator("#f-signatories-0-positionEn").fill("Minister of Digital Economy and Society");
  await page.getByRole("button", { name: "+ เพิ่มผู้ลงนาม" }).click();
  await page.locator("#f-signatories-1-positionTh").fill("รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร");
  await page.locator("#f-signatories-1-positionEn").fill("Minister for Internal Affairs and Communications");
  await page.locator("#f-signatories-1-party").selectOption("1");

  // The registry's scope areas are ticked.
  await page.locator(`#f-scopeAreas-area-${await idOf("ScopeArea", "key", "cybersecurity")}`).check();
  await page.locator(`#f-scopeAreas-area-${await idOf("ScopeArea", "key", "open-secure-5g")}`).check();

  await page.getByRole("button", { name: "+ เพิ่มแหล่งที่มา" }).click();
  await page.locator("#f-sources-0-sourceId").selectOption("new");
  await page.locator("#f-sources-0-newSource-title").fill("ข่าวกระทรวง: ลงนามบันทึกความร่วมมือด้านรัฐบาลดิจิทัล");
  await page.locator("#f-sources-0-newSource-url").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "+ เพิ่มการอ้างอิง" }).click();
  await page.locator("#f-citations-0-quote").fill("ลงนามบันทึกความร่วมมือเมื่อเดือนมีนาคม 2569");
  // One passage backs two facts, each named by its value (issue 27).
  const passageFacts = page.getByTestId("passage-facts").first();
  await expect(passageFacts).toContainText("วันที่ลงนาม: มีนาคม 2569");
  await expect(passageFacts).toContainText("ผู้ลงนาม: สมชาย ทดสอบ");
  await passageFacts.getByLabel("วันที่ลงนาม: มีนาคม 2569").check();
  await page.locator("#f-citations-0-facts-signatory-0").check();

  // A link that is not http(s) is refused beside its field.
  await page.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }).click();
  await expect(page.getByTestId("error-sources.0.newSource.url")).toContainText("http://");
  await page.locator("#f-sources-0-newSource-url").fill("https://www.mdes.go.th/news/e2e");
  await page.getByRole("button", { name: "บันทึกเป็นฉบับร่าง" }).click();

  await expect(page).toHaveURL(/\/th\/editor\/agreements\/\d+\?created=1$/);
  await expect(page.getByTestId("publication-state")).toContainText("ฉบับร่าง");

  // A draft: not on the public pages, not in the API.
  const reader = await browser.newPage();
  expect((await reader.goto(`/en/agreements/${slug}`))?.status()).toBe(404);
  expect((await reader.request.get(`/api/v1/agreements/${slug}`)).status()).toBe(404);

  // Facts without a citation are listed, and publishing asks first.
  await expect(page.getByTestId("uncited")).toContainText("ข้อมูลที่ยังไม่มีการอ้างอิง 7 รายการ");
  await expect(page.getByTestId("uncited")).toContainText("ผู้ลงนาม: รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร");
  await expect(page.getByTestId("uncited")).not.toContainText("วันที่ลงนาม");
  await expect(page.getByTestId("uncited")).not.toContainText("สมชาย");
  let question = "";
  page.once("dialog", (dialog) => {
    question = dialog.message();
    void dialog.accept();
  });
  await page.getByRole("button", { name: "เผยแพร่" }).click();
  await expect(page.getByTestId("publication-state")).toContainText("เผยแพร่แล้ว");
  expect(question).toContain("7 รายการที่ไม่มีการอ้างอิง");

  await reader.goto(`/th/agreements/${slug}`);
  await expect(reader.locator("h1")).toHaveText("บันทึกความร่วมมือด้านรัฐบาลดิจิทัล");
  await expect(reader.locator("main")).toContainText("มีนาคม 2569");
  await expect(reader.getByTestId("signatories")).toContainText("สมชาย ทดสอบ");
  // The passage is written once; the signature date and the signatory open the same one.
  const markers = [reader.getByTestId("date-signature").getByTestId("citation"), reader.getByTestId("signatories").getByTestId("citation")];
  expect(await markers[0]!.locator("button").getAttribute("popovertarget")).toBe(await markers[1]!.locator("button").getAttribute("popovertarget"));
  await expect(reader.getByTestId("passage")).toHaveCount(1);
  await expect(reader.getByTestId("signatories")).toContainText("รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร");
  await expect(reader.locator("main")).toContainText("ความมั่นคงปลอดภัยทางไซเบอร์");
  await expect(reader.locator('a[href="https://www.mdes.go.th/news/e2e"]').first()).toHaveAttribute("rel", /noopener/);
  await reader.goto(`/en/agreements/${slug}`);
  await expect(reader.locator("h1")).toHaveText("Memorandum of Cooperation on Digital Government");
  await expect(reader.locator("main")).toContainText("March 2026");
  await expect(reader.getByTestId("signatories")).toContainText("Minister for Internal Affairs and Communications");
  await expect(reader.locator("main")).toContainText("Open and secure 5G");
  await expect(reader.locator("main")).not.toContainText("บันทึกภายใน");
  await reader.close();

  const [row] = await query<{ signedPrecision: string; publicationState: string }>(`SELECT "signedPrecision", "publicationState" FROM "Agreement" WHERE slug = $1`, [slug]);
  expect(row).toEqual({ signedPrecision: "MONTH", publicationState: "PUBLISHED" });
});

test("a renamed record's old public address redirects permanently to the new one, in both languages", async ({ browser, request }) => {
  const oldSlug = uniqueSlug("before-rename");
  const newSlug = uniqueSlug("after-rename");
  const { context } = await staffPage(browser, "editor");
  const created = await write(context.request, "POST", "/api/editor/agreements", { input: minimalInput(oldSlug) });
  const { id } = (await created.json()) as { id: number };
  expect((await write(context.request, "POST", `/api/editor/agreements/${id}/publication`, { version: 1, action: "PUBLISH" })).status()).toBe(200);
  expect((await write(context.request, "PUT", `/api/editor/agreements/${id}`, { version: 2, input: minimalInput(newSlug) })).status()).toBe(200);
  await context.close();
  for (const locale of ["th", "en"]) {
    const response = await request.get(`/${locale}/agreements/${oldSlug}`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    expect(response.headers().location).toBe(`/${locale}/agreements/${newSlug}`);
  }
});

test("a viewer sees drafts and internal notes but cannot edit", async ({ page, browser }) => {
  const slug = uniqueSlug("viewer-draft");
  const { context: editorContext } = await staffPage(browser, "editor");
  const title = `Draft only staff see (${slug})`;
  const created = await write(editorContext.request, "POST", "/api/editor/agreements", { input: minimalInput(slug, title) });
  expect(created.status()).toBe(201);
  const { id } = (await created.json()) as { id: number };
  await editorContext.close();

  await signInThroughForm(page, "en", "viewer");
  await expect(page.getByTestId("staff-records")).toContainText(title);
  await expect(page.getByRole("link", { name: "New agreement" })).toHaveCount(0);
  await page.getByRole("link", { name: title }).click();
  await expect(page.locator("#f-internalNote")).toHaveValue("บันทึกภายในสำหรับเจ้าหน้าที่");
  await expect(page.locator("#f-titleEn")).toBeDisabled();
  await expect(page.getByRole("button", { name: "Save" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);

  const attempt = await write(page.request, "PUT", `/api/editor/agreements/${id}`, { version: 1, input: minimalInput(slug, "Changed by a viewer") });
  expect(attempt.status()).toBe(403);
  const publish = await write(page.request, "POST", `/api/editor/agreements/${id}/publication`, { version: 1, action: "PUBLISH" });
  expect(publish.status()).toBe(403);
  const [row] = await query<{ titleEn: string; version: number; publicationState: string }>(`SELECT "titleEn", version, "publicationState" FROM "Agreement" WHERE id = $1`, [id]);
  expect(row).toEqual({ titleEn: title, version: 1, publicationState: "DRAFT" });

  await page.getByRole("link", { name: "Preview the public page" }).click();
  await expect(page.getByTestId("preview-banner")).toContainText("the public cannot see this page yet");
  await expect(page.locator("h1")).toHaveText(title);
  await expect(page.locator("main")).not.toContainText("บันทึกภายใน");

  await page.goto("/en/editor/agreements/new");
  await expect(page.locator("main")).toContainText("not allowed");
  await expect(page.locator("form#f-titleTh, #f-titleTh")).toHaveCount(0);
});

test("a signed-out visitor cannot reach the forms or call the write endpoints", async ({ page, request }) => {
  for (const path of ["/th/editor", "/en/editor/agreements/new", "/en/editor/agreements/1", "/th/editor/agreements/1/history", "/en/editor/users"]) {
    await page.goto(path);
    await expect(page).toHaveURL(/\/(th|en)\/sign-in\?next=/);
    await expect(page.locator("#f-titleTh")).toHaveCount(0);
  }
  // Record 1 is the target of the calls below; other tests write elsewhere at the same time.
  const state = () => query(`SELECT a.version, a."publicationState", a."titleEn", (SELECT count(*)::int FROM "Revision" r WHERE r."agreementId" = a.id) AS revisions FROM "Agreement" a WHERE a.id = 1`);
  const before = await state();
  const slug = uniqueSlug("signed-out");
  expect((await write(request, "POST", "/api/editor/agreements", { input: minimalInput(slug) })).status()).toBe(401);
  expect((await write(request, "PUT", "/api/editor/agreements/1", { version: 1, input: minimalInput(slug) })).status()).toBe(401);
  expect((await write(request, "POST", "/api/editor/agreements/1/publication", { version: 1, action: "ARCHIVE" })).status()).toBe(401);
  expect((await write(request, "POST", "/api/editor/agreements/1/restore", { version: 1, revision: 1 })).status()).toBe(401);
  expect((await write(request, "POST", "/api/editor/users", { email: "x@e2e.test", name: "x", role: "admin" })).status()).toBe(401);
  // The auth library's own admin endpoints are not served at all.
  expect((await request.post("/api/auth/admin/create-user", { data: { email: "x@e2e.test", password: "long-enough-password", name: "x", role: "admin" }, headers: { origin: ORIGIN } })).status()).toBe(404);
  expect(await query(`SELECT id FROM "Agreement" WHERE slug = $1`, [slug])).toEqual([]);
  expect(await state()).toEqual(before);
  expect(await query(`SELECT id FROM "User" WHERE email = 'x@e2e.test'`)).toEqual([]);
});

test("two editors on the same record: the second save gets a conflict message, not a lost update", async ({ browser }) => {
  const slug = uniqueSlug("conflict");
  const a = await staffPage(browser, "editor");
  const b = await staffPage(browser, "editor2");
  const created = await write(a.context.request, "POST", "/api/editor/agreements", { input: minimalInput(slug, "Original English title") });
  const { id } = (await created.json()) as { id: number };

  await a.page.goto(`/en/editor/agreements/${id}`);
  await b.page.goto(`/th/editor/agreements/${id}`);
  await a.page.locator("#f-titleEn").fill("Title saved by the first editor");
  await b.page.locator("#f-summaryEn").fill("Summary typed by the second editor");

  await a.page.getByRole("button", { name: "Save" }).click();
  await expect(a.page.getByTestId("editor-status")).toContainText("Saved (version 2)");

  await b.page.getByRole("button", { name: "บันทึก", exact: true }).click();
  const conflict = b.page.getByTestId("conflict");
  await expect(conflict).toContainText("มีผู้อื่นบันทึกความตกลงนี้ไปก่อนแล้ว");
  await expect(conflict).toContainText("editor@e2e.test");
  await expect(conflict.getByTestId("change-list")).toContainText("ชื่อภาษาอังกฤษ");
  await expect(conflict.getByTestId("change-list")).toContainText("Title saved by the first editor");
  await expect(b.page.locator("#f-summaryEn")).toHaveValue("Summary typed by the second editor");

  const [row] = await query<{ titleEn: string; summaryEn: string | null; version: number }>(`SELECT "titleEn", "summaryEn", version FROM "Agreement" WHERE id = $1`, [id]);
  expect(row).toEqual({ titleEn: "Title saved by the first editor", summaryEn: null, version: 2 });
  await a.context.close();
  await b.context.close();
});

test("the history page shows each revision and restoring one saves it as a new revision", async ({ page }) => {
  await signInContext(page.request, "editor");
  const slug = uniqueSlug("history");
  const created = await write(page.request, "POST", "/api/editor/agreements", { input: minimalInput(slug, "First title") });
  const { id } = (await created.json()) as { id: number };
  expect((await write(page.request, "PUT", `/api/editor/agreements/${id}`, { version: 1, input: minimalInput(slug, "Second title") })).status()).toBe(200);

  await page.goto(`/en/editor/agreements/${id}/history`);
  await expect(page.getByTestId("revision-2")).toContainText("Version 2: edited");
  await expect(page.getByTestId("revision-2")).toContainText("by editor@e2e.test");
  await expect(page.getByTestId("revision-2").getByTestId("change-list")).toContainText("First title");
  await expect(page.getByTestId("revision-2").getByTestId("change-list")).toContainText("Second title");
  await expect(page.getByTestId("revision-1")).toContainText("Version 1: created as a draft");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByTestId("revision-1").getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByTestId("revision-3")).toContainText("restores version 1");
  await page.goto(`/th/editor/agreements/${id}`);
  await expect(page.locator("#f-titleEn")).toHaveValue("First title");
  await page.goto(`/th/editor/agreements/${id}/history`);
  await expect(page.getByTestId("revision-3")).toContainText("ฉบับที่ 3: นำฉบับเดิมกลับมาใช้");
});

test("repeated failed sign-ins are slowed down with a clear message in each language", async ({ page }) => {
  // Only this test signs in as "locked"; start from no recorded failures.
  await query(`DELETE FROM "RateLimit" WHERE key = $1`, [`sign-in-failures|${emailOf("locked")}`]);
  for (let i = 0; i < 5; i++) {
    const response = await page.request.post("/api/auth/sign-in/email", { data: { email: emailOf("locked"), password: "not-the-password" }, headers: { origin: ORIGIN } });
    expect(response.status()).toBe(401);
  }
  for (const [locale, text] of [
    ["th", "พยายามเข้าสู่ระบบหลายครั้งเกินไป"],
    ["en", "Too many sign-in attempts"],
  ] as const) {
    await page.goto(`/${locale}/sign-in`);
    await page.locator("#email").fill(emailOf("locked"));
    await page.locator("#password").fill(password());
    const answer = page.waitForResponse("**/api/auth/sign-in/email");
    await page.locator("#sign-in-submit").click();
    expect((await answer).status()).toBe(429);
    await expect(page.locator("#sign-in-error")).toContainText(text);
  }
});

for (const locale of ["th", "en"] as const) {
  test(`the sign-in page, the form and the history page pass an axe scan in ${locale}`, async ({ page }) => {
    const scan = async () => {
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes[0]?.target}`)).toEqual([]);
    };
    await page.goto(`/${locale}/sign-in`);
    await scan();
    await signInContext(page.request, "editor");
    const [record] = await query<{ id: number }>(`SELECT id FROM "Agreement" WHERE slug = 'joint-statement-ict-2015'`);
    await page.goto(`/${locale}/editor/agreements/${record!.id}`);
    await expect(page.locator("#f-titleTh")).toBeVisible();
    await scan();
    await page.goto(`/${locale}/editor/agreements/${record!.id}/history`);
    await expect(page.getByTestId("revision-1")).toBeVisible();
    await scan();
  });
}

test("an admin adds a staff account and changes its role; editors cannot manage users; signing out ends the session", async ({ browser }) => {
  const admin = await staffPage(browser, "admin");
  const email = `${uniqueSlug("new-staff")}@e2e.test`;
  await admin.page.goto("/th/editor/users");
  await admin.page.getByLabel("อีเมล", { exact: true }).fill(email);
  await admin.page.getByLabel("สิทธิ์", { exact: true }).selectOption("editor");
  await admin.page.getByRole("button", { name: "สร้างบัญชี" }).click();
  const status = admin.page.getByTestId("user-admin-status");
  await expect(status).toContainText(`สร้างบัญชี ${email} แล้ว`);
  let temporary = /รหัสผ่านชั่วคราวคือ (\S+)/.exec((await status.textContent()) ?? "")?.[1];
  expect(temporary).toBeTruthy();

  const newcomer = watchContext(await browser.newContext());
  const signIn = await newcomer.request.post("/api/auth/sign-in/email", { data: { email, password: temporary }, headers: { origin: ORIGIN } });
  expect(signIn.status()).toBe(200);
  const newPage = await newcomer.newPage();
  await newPage.goto("/en/editor");
  await expect(newPage.getByTestId("signed-in-as")).toContainText(`${email} (editor)`);

  // A forgotten password: the admin sets a new one-time password; the old one stops working.
  admin.page.once("dialog", (dialog) => void dialog.accept());
  await admin.page.getByRole("button", { name: `ตั้งรหัสผ่านใหม่: ${email}` }).click();
  await expect(status).toContainText(`ตั้งรหัสผ่านใหม่ให้ ${email} แล้ว`);
  const replaced = /รหัสผ่านชั่วคราวคือ (\S+)/.exec((await status.textContent()) ?? "")?.[1];
  expect(replaced).toBeTruthy();
  expect(replaced).not.toBe(temporary);
  const probe = await browser.newContext();
  // A forged X-Forwarded-For (no proxy is trusted here) is not believed: the log keeps the socket's address.
  const forged = { origin: ORIGIN, "x-forwarded-for": "203.0.113.99", "x-registry-client": "203.0.113.98" };
  expect((await probe.request.post("/api/auth/sign-in/email", { data: { email, password: temporary }, headers: forged })).status()).toBe(401);
  const [failure] = await query<{ client: string | null }>(`SELECT client FROM "AuditEntry" WHERE "actorEmail" = $1 AND action = 'session.sign-in-failed' ORDER BY id DESC LIMIT 1`, [email]);
  expect(failure?.client).toMatch(/^(127\.0\.0\.1|::1)$/);
  expect((await probe.request.post("/api/auth/sign-in/email", { data: { email, password: replaced }, headers: { origin: ORIGIN } })).status()).toBe(200);
  await probe.close();
  temporary = replaced!;

  await admin.page.getByLabel(`สิทธิ์ของ ${email}`).selectOption("viewer");
  await expect(status).toContainText("เปลี่ยนสิทธิ์แล้ว");
  expect(await query(`SELECT role FROM "User" WHERE email = $1`, [email])).toEqual([{ role: "viewer" }]);

  const editor = await staffPage(browser, "editor");
  await editor.page.goto("/en/editor/users");
  await expect(editor.page.locator("main")).toContainText("not allowed");
  await expect(editor.page.getByRole("button", { name: "Create account" })).toHaveCount(0);

  await newPage.getByRole("button", { name: "Sign out" }).click();
  await expect(newPage).toHaveURL(/\/en$/);
  await newPage.goto("/en/editor");
  await expect(newPage).toHaveURL(/\/en\/sign-in\?next=/);

  // Deactivated: the account can no longer sign in; nothing is deleted.
  admin.page.once("dialog", (dialog) => void dialog.accept());
  await admin.page.getByRole("button", { name: `ปิดใช้งาน: ${email}` }).click();
  await expect(status).toContainText(`ปิดใช้งานบัญชี ${email} แล้ว`);
  await newPage.locator("#email").fill(email);
  await newPage.locator("#password").fill(temporary!);
  await newPage.locator("#sign-in-submit").click();
  await expect(newPage.locator("#sign-in-error")).toContainText("deactivated");
  expect(await query(`SELECT banned FROM "User" WHERE email = $1`, [email])).toEqual([{ banned: true }]);

  // Each of those changes is in the audit log, which admins browse and
  // export and editors cannot see.
  await admin.page.goto(`/th/editor/audit?kind=user&q=${encodeURIComponent(email)}`);
  await expect(admin.page.getByRole("heading", { level: 1 })).toHaveText("บันทึกการตรวจสอบ");
  const rows = admin.page.getByTestId("audit-table").locator("tbody tr");
  await expect(rows).toHaveCount(4);
  expect(await rows.locator("td:nth-child(4) code").allTextContents()).toEqual(["user.deactivate", "user.set-role", "user.reset-password", "user.create"]);
  await expect(rows.first().locator("td:nth-child(4)")).toContainText("ปิดใช้งานบัญชี");
  await expect(rows.first()).toContainText(emailOf("admin"));
  expect((await new AxeBuilder({ page: admin.page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);
  const csv = await admin.page.request.get(`/api/editor/audit?kind=user&q=${encodeURIComponent(email)}`);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect((await csv.text()).trim().split("\n")).toHaveLength(5);
  await editor.page.goto("/en/editor/audit");
  await expect(editor.page.locator("main")).toContainText("not allowed");
  expect((await editor.page.request.get("/api/editor/audit")).status()).toBe(403);
  for (const c of [admin.context, editor.context, newcomer]) await c.close();
});

test("removing a row takes the passages that backed only it, and keeps the others on their rows; Ctrl+S saves", async ({ page }) => {
  await signInContext(page.request, "editor");
  await page.goto("/en/editor/agreements/new");
  for (let i = 0; i < 2; i++) await page.getByRole("button", { name: "+ Add a signatory" }).click();
  await page.locator("#f-signatories-0-positionEn").fill("First position");
  await page.locator("#f-signatories-1-positionEn").fill("Second position");
  await page.getByRole("button", { name: "+ Add a source" }).click();
  // One passage for each signatory, and one for both.
  for (const [n, rows] of [[0, [0]], [1, [1]], [2, [0, 1]]] as const) {
    await page.getByRole("button", { name: "+ Add a citation" }).click();
    await page.locator(`#f-citations-${n}-quote`).fill(`Quote for signatories ${rows.map((r) => r + 1).join(" and ")}`);
    for (const row of rows) await page.locator(`#f-citations-${n}-facts-signatory-${row}`).check();
  }
  await expect(page.locator("#f-citations-0-facts-signatory-0")).toHaveAccessibleName("Signatory: First position");
  await page.getByRole("button", { name: "Remove: Signatory 1" }).click();
  await expect(page.locator("#f-signatories-0-positionEn")).toHaveValue("Second position");
  await expect(page.locator("#f-citations-2-quote")).toHaveCount(0);
  await expect(page.locator("#f-citations-0-quote")).toHaveValue("Quote for signatories 2");
  await expect(page.locator("#f-citations-1-quote")).toHaveValue("Quote for signatories 1 and 2");
  for (const n of [0, 1]) {
    await expect(page.locator(`#f-citations-${n}-facts-signatory-0`)).toBeChecked();
    await expect(page.locator(`#f-citations-${n}-facts-signatory-0`)).toHaveAccessibleName("Signatory: Second position");
    await expect(page.locator(`#f-citations-${n}-facts-signatory-1`)).toHaveCount(0);
  }

  // The keyboard shortcut runs the same checks as the button.
  await page.locator("#f-titleEn").press("Control+s");
  await expect(page.getByTestId("error-titleTh")).toHaveText("Enter the Thai title.");
  await expect(page.locator("#f-titleTh")).toBeFocused();
});

test("changing a cited fact asks the editor to check its citations", async ({ page }) => {
  await signInContext(page.request, "editor");
  const [record] = await query<{ id: number }>(`SELECT id FROM "Agreement" WHERE slug = 'joint-statement-ict-2015'`);
  await page.goto(`/en/editor/agreements/${record!.id}`);
  await expect(page.locator("#f-signedOn")).toHaveValue("2015-04-30");
  await expect(page.getByTestId("recheck")).toHaveCount(0);
  await page.locator("#f-signedOn").fill("2015-04");
  await expect(page.getByTestId("recheck")).toContainText("Signature date");
  await expect(page.getByTestId("recheck")).not.toContainText("Title");
  await page.locator("#f-signedOn").fill("2015-04-30");
  await expect(page.getByTestId("recheck")).toHaveCount(0);

  // A day earlier: the passages that still say 30 April, and the events still dated that day, are named before saving (issue 27).
  await expect(page.getByTestId("stale")).toHaveCount(0);
  await page.locator("#f-signedOn").fill("2015-04-29");
  const stale = page.getByTestId("stale");
  await expect(stale).toContainText("Signature date: changed from 30 April 2015 to 29 April 2015");
  await expect(stale).toContainText("Passages that still state the old value: Citation 1");
  await expect(stale).toContainText("Other facts that still give the old value:");
  await expect(stale).toContainText("Event: 30 April 2015 · ");
  await page.locator("#f-signedOn").fill("2015-04-30");
  await expect(stale).toHaveCount(0);
});

test("staff change their own password on the account page, in Thai, with clear messages", async ({ browser }) => {
  const admin = await staffPage(browser, "admin");
  const email = `own-password-${Date.now().toString(36)}@e2e.test`;
  const created = await write(admin.context.request, "POST", "/api/editor/users", { email, name: "Own password", role: "viewer" });
  expect(created.status()).toBe(201);
  const temporary = ((await created.json()) as { password: string }).password;
  const context = watchContext(await browser.newContext());
  const signedIn = await context.request.post("/api/auth/sign-in/email", { data: { email, password: temporary }, headers: { origin: ORIGIN } });
  expect(signedIn.status()).toBe(200);
  const page = await context.newPage();
  await page.goto("/th/editor/account");
  await expect(page.getByRole("heading", { name: "รหัสผ่านของคุณ" })).toBeVisible();

  await page.getByLabel("รหัสผ่านปัจจุบัน").fill("not-the-password");
  await page.getByLabel(/^รหัสผ่านใหม่ \(/).fill("my-own-new-password");
  await page.getByLabel("ยืนยันรหัสผ่านใหม่").fill("my-own-new-password");
  await page.getByRole("button", { name: "เปลี่ยนรหัสผ่าน" }).click();
  await expect(page.locator("#own-currentPassword-error")).toHaveText("รหัสผ่านปัจจุบันไม่ถูกต้อง");

  await page.getByLabel("รหัสผ่านปัจจุบัน").fill(temporary);
  await page.getByLabel("ยืนยันรหัสผ่านใหม่").fill("something-else-entirely");
  await page.getByRole("button", { name: "เปลี่ยนรหัสผ่าน" }).click();
  await expect(page.locator("#own-again-error")).toHaveText("รหัสผ่านใหม่ทั้งสองช่องไม่ตรงกัน");

  await page.getByLabel("ยืนยันรหัสผ่านใหม่").fill("my-own-new-password");
  await page.getByRole("button", { name: "เปลี่ยนรหัสผ่าน" }).click();
  await expect(page.getByTestId("password-status")).toHaveText("เปลี่ยนรหัสผ่านเรียบร้อยแล้ว และได้ออกจากระบบในเบราว์เซอร์อื่นแล้ว");
  expect((await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa"]).analyze()).violations.filter((v) => v.impact === "serious" || v.impact === "critical")).toEqual([]);

  const probe = await browser.newContext();
  expect((await probe.request.post("/api/auth/sign-in/email", { data: { email, password: temporary }, headers: { origin: ORIGIN } })).status()).toBe(401);
  expect((await probe.request.post("/api/auth/sign-in/email", { data: { email, password: "my-own-new-password" }, headers: { origin: ORIGIN } })).status()).toBe(200);
  for (const c of [probe, context, admin.context]) await c.close();
});

test("the staff list filters by visibility and says how many records match, in each language", async ({ browser }) => {
  const { context, page } = await staffPage(browser, "editor");
  const slug = uniqueSlug("internal-draft");
  expect((await write(context.request, "POST", "/api/editor/agreements", { input: { ...minimalInput(slug), visibility: "INTERNAL" } })).status()).toBe(201);
  await page.goto("/en/editor");
  await page.getByRole("navigation", { name: "Filter by visibility" }).getByRole("link", { name: "Internal", exact: true }).click();
  await expect(page).toHaveURL(/\/en\/editor\?visibility=INTERNAL$/);
  await expect(page.getByTestId("staff-records-count")).toHaveText(/^(1 record matches|\d+ records match)$/);
  const visibilities = await page.getByTestId("staff-records").locator("tbody tr td:nth-child(3)").allTextContents();
  expect(visibilities.length).toBeGreaterThan(0);
  expect(new Set(visibilities)).toEqual(new Set(["Internal"]));
  await page.goto("/th/editor?visibility=INTERNAL&q=no-such-record-anywhere");
  await expect(page.getByTestId("staff-records-count")).toHaveText("ไม่มีบันทึกที่ตรงกับเงื่อนไข");
  await expect(page.getByRole("navigation", { name: "กรองตามระดับการเข้าถึง" }).getByRole("link", { name: "ภายใน", exact: true })).toHaveAttribute("aria-current", "page");
  await context.close();
});
