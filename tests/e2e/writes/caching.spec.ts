// Public pages and API answers are cached; every kind of write that changes
// what the public sees expires exactly those entries, so the change shows on
// the next request: pages in both languages, search, feeds, the sitemap and
// the API. Each read below is made once before the write, so that it is
// served from the cache when the write happens.
import type { APIRequestContext } from "@playwright/test";
import { expect, test } from "../helpers/test";
import { minimalInput, signInContext, uniqueSlug, write } from "../helpers/staff";

const reads = (slug: string) => [
  `/en/agreements/${slug}`,
  `/th/agreements/${slug}`,
  `/api/v1/agreements/${slug}`,
  // Undated records come first oldest-first, so the test's record is on page 1.
  "/en/agreements?sort=oldest",
  "/th/agreements?sort=oldest",
  "/api/v1/agreements?sort=oldest",
  "/api/v1/agreements?q=Cachetestword",
  "/en/feed.xml",
  "/th/feed.xml",
  "/sitemap.xml",
];

/**
 * What each read shows: its body, or "" when it answers no record (the
 * record's own page and API answer are then 404s, whose payload still names
 * the address).
 */
async function bodies(request: APIRequestContext, slug: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const path of reads(slug)) {
    const response = await request.get(path, { maxRedirects: 0 });
    out[path] = response.status() === 404 ? "" : await response.text();
  }
  return out;
}

test("a publish, an edit, a rename and an unpublish each show on every public read at once", async ({ playwright }) => {
  const staff = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const reader = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await signInContext(staff, "editor");
  const slug = uniqueSlug("cache");
  const title = "Cachetestword cooperation record";
  const created = await (await write(staff, "POST", "/api/editor/agreements", { input: { ...minimalInput(slug, title), summaryEn: "Cachetestword" } })).json();

  // Cached while the record is a draft: none of them shows it.
  let before = await bodies(reader, slug);
  for (const [path, body] of Object.entries(before)) expect(body, path).not.toContain(slug);

  const published = await (await write(staff, "POST", `/api/editor/agreements/${created.id}/publication`, { version: created.version, action: "PUBLISH" })).json();
  let after = await bodies(reader, slug);
  for (const path of reads(slug)) expect(after[path], `${path} after publishing`).toContain(slug);

  // An edit of the title.
  const renamedTitle = "Cachetestword cooperation record, corrected";
  const edited = await (await write(staff, "PUT", `/api/editor/agreements/${created.id}`, { version: published.version, input: { ...published.input, titleEn: renamedTitle } })).json();
  after = await bodies(reader, slug);
  // Thai pages show the Thai title, which did not change; the sitemap no title.
  for (const path of reads(slug).filter((p) => !p.startsWith("/th/") && p !== "/sitemap.xml")) expect(after[path], `${path} after editing`).toContain(renamedTitle);

  // A new slug: the old address redirects, the new one answers.
  const newSlug = `${slug}-renamed`;
  const renamed = await (await write(staff, "PUT", `/api/editor/agreements/${created.id}`, { version: edited.version, input: { ...edited.input, slug: newSlug } })).json();
  const old = await reader.get(`/en/agreements/${slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toContain(`/en/agreements/${newSlug}`);
  expect((await reader.get(`/api/v1/agreements/${slug}`, { maxRedirects: 0 })).status()).toBe(301);
  expect(await (await reader.get(`/en/agreements/${newSlug}`)).text()).toContain(renamedTitle);

  // Unpublished: gone from every public read.
  before = await bodies(reader, newSlug);
  await write(staff, "POST", `/api/editor/agreements/${created.id}/publication`, { version: renamed.version, action: "UNPUBLISH" });
  after = await bodies(reader, newSlug);
  for (const path of reads(newSlug)) expect(before[path], `${path} before unpublishing`).toContain(newSlug);
  for (const path of reads(newSlug)) expect(after[path], `${path} after unpublishing`).not.toContain(newSlug);
  expect((await reader.get(`/api/v1/agreements/${newSlug}`)).status()).toBe(404);
  expect((await reader.get(`/en/agreements/${newSlug}`)).status()).toBe(404);
});
