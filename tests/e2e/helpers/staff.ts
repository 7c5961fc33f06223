// Staff sessions for end-to-end tests. The accounts are made with the
// user:create script (tests/setup/databases.ts), by `npm test` or by
// playwright.config.ts when the tests run alone; the password is the run's own.
import { watchContext } from "./test";
import { expect, type APIRequestContext, type Browser, type BrowserContext, type Page } from "@playwright/test";
import pg from "pg";
import { emptyAgreementInput } from "../../../lib/editor/defaults";

export type StaffName = "editor" | "editor2" | "viewer" | "admin" | "locked";
export const emailOf = (name: StaffName) => `${name}@e2e.test`;

export function password(): string {
  const value = process.env.E2E_PASSWORD;
  if (!value) throw new Error("E2E_PASSWORD is not set (playwright.config.ts sets it).");
  return value;
}

export const ORIGIN = "http://127.0.0.1:3456";

/** Signs a browser context in through the auth endpoint (its cookies are the context's). */
export async function signInContext(request: APIRequestContext, name: StaffName): Promise<void> {
  const response = await request.post("/api/auth/sign-in/email", { data: { email: emailOf(name), password: password() }, headers: { origin: ORIGIN } });
  expect(response.status()).toBe(200);
}

export async function staffPage(browser: Browser, name: StaffName): Promise<{ context: BrowserContext; page: Page }> {
  const context = watchContext(await browser.newContext());
  await signInContext(context.request, name);
  return { context, page: await context.newPage() };
}

/** Writes through the editor API as a signed-in context would. */
export function write(request: APIRequestContext, method: "POST" | "PUT", path: string, data: unknown) {
  return request.fetch(path, { method, data, headers: { origin: ORIGIN } });
}

/** Direct reads of the test database, to check what a request left behind. */
export async function query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return (await client.query<T>(sql, params)).rows;
  } finally {
    await client.end();
  }
}

export const uniqueSlug = (label: string) => `${label}-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6).toString(36)}`;

/** A minimal valid record, for tests about something other than the form. */
export function minimalInput(slug: string, titleEn = "E2E test record") {
  return { ...emptyAgreementInput(), slug, titleTh: "ความตกลงสำหรับทดสอบ", titleEn, internalNote: "บันทึกภายในสำหรับเจ้าหน้าที่" };
}
