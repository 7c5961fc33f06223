import { expect, test } from "../helpers/test";
import pg from "pg";

// A record of this test's own whose English summary is missing.
const slug = `e2e-fallback-${Date.now()}`;

async function sql(text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: process.env.E2E_DATABASE_URL });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

test.beforeAll(async () => {
  await sql(
    `INSERT INTO "Agreement" (slug, kind, "titleTh", "titleEn", "summaryTh", "summaryEn", "publicationState", visibility, "updatedAt")
     VALUES ($1, 'OTHER', 'ความตกลงทดสอบ', 'Test agreement', 'สาระสำคัญภาษาไทยเท่านั้น', NULL, 'PUBLISHED', 'PUBLIC', now())`,
    [slug],
  );
});

test.afterAll(async () => {
  await sql(`DELETE FROM "Agreement" WHERE slug = $1`, [slug]);
});

test("a text missing in English is shown in Thai, marked as such", async ({ page }) => {
  await page.goto(`/en/agreements/${slug}`);
  const fallback = page.getByTestId("fallback-text");
  await expect(fallback).toHaveAttribute("lang", "th");
  await expect(fallback).toContainText("สาระสำคัญภาษาไทยเท่านั้น");
  await expect(fallback).toContainText("Thai original");
  await page.goto(`/th/agreements/${slug}`);
  await expect(page.getByTestId("fallback-text")).toHaveCount(0);
});
