// Search pages are composed outside React (lib/search/compose-page.ts): the
// frame Next rendered once, with the results written in as text
// (lib/search/results-html.ts). These tests hold the composed page to Next's
// own render of the same search, so the text renderer cannot drift from the
// React components it stands for.
import type { APIRequestContext } from "@playwright/test";
import { COMPOSED_HEADER } from "@/lib/server/search-page.mjs";
import { expect, test } from "./helpers/test";

const mainOf = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>")).replaceAll("<!-- -->", "");

async function page(request: APIRequestContext, url: string) {
  const answer = await request.get(url);
  expect(answer.status()).toBe(200);
  return { html: await answer.text(), composed: answer.headers()[COMPOSED_HEADER] === "1" };
}

// Searches in each language: results with a passage marked, a record whose
// title stands in from another language, a later page, a sort, no result,
// and a query that is markup.
const searches = [
  "/th/agreements?q=%E0%B9%84%E0%B8%9B%E0%B8%A3%E0%B8%A9%E0%B8%93%E0%B8%B5%E0%B8%A2%E0%B9%8C",
  "/en/agreements?q=postal&sort=title",
  "/ja/agreements?q=%E9%83%B5%E4%BE%BF",
  "/ja/agreements?q=cooperation",
  "/en/agreements?q=cooperation&page=2&status=&kind=",
  "/en/agreements?q=zzzz%20nothing%20matches",
  "/th/agreements?q=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E%20%26%20%27x%27",
];

for (const url of searches) {
  test(`the composed search page equals Next's render: ${decodeURIComponent(url)}`, async ({ request }) => {
    const composed = await page(request, url);
    expect(composed.composed).toBe(true);
    // A parameter the composer leaves to Next, which the page itself ignores.
    const rendered = await page(request, `${url}&unasked=1`);
    expect(rendered.composed).toBe(false);
    expect(mainOf(composed.html)).toBe(mainOf(rendered.html));
    // Nothing of the query is markup; no client runtime (the page needs none, like a record's).
    expect(composed.html).not.toContain("<script>alert");
    expect(composed.html).not.toMatch(/<script src="\/_next\/static\//);
    expect(composed.html).not.toContain("self.__next_f");
    // The language switch keeps the search: the same query in the other languages.
    const asked = new URL(url, "http://x").searchParams;
    const links = [...composed.html.matchAll(/data-testid="language-switch-(\w+)"[^>]*href="([^"]+)"/g)];
    expect(links).toHaveLength(2);
    for (const [, locale, href] of links) {
      const target = new URL(href!.replaceAll("&amp;", "&"), "http://x");
      expect(target.pathname).toBe(`/${locale}/agreements`);
      expect(target.searchParams.get("q")).toBe(asked.get("q"));
    }
  });
}

test("a search without JavaScript: the composed page takes the query and opens a record", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  await tab.goto("/en/agreements");
  await tab.getByTestId("list-search").fill("postal");
  await tab.getByTestId("filters").locator('button[type="submit"]').click();
  await expect(tab.getByTestId("result-count")).toContainText("postal");
  await expect(tab.getByTestId("list-search")).toHaveValue("postal");
  await expect(tab.getByTestId("match").first().locator("mark").first()).toBeVisible();
  const card = tab.getByTestId("agreement-card").first();
  const slug = await card.getAttribute("data-slug");
  await card.locator("h3 a").click();
  await expect(tab).toHaveURL(new RegExp(`/en/agreements/${slug}$`));
  await context.close();
});

test("while the database is unreachable, a search gets the localized 503 page (the composer steps aside)", async ({ request }) => {
  // The server on port 3457 has a database that cannot be reached (playwright.config.ts).
  for (const locale of ["th", "en", "ja"] as const) {
    const answer = await request.get(`http://127.0.0.1:3457/${locale}/agreements?q=postal`);
    expect(answer.status()).toBe(503);
    expect(answer.headers()[COMPOSED_HEADER]).toBeUndefined();
    expect(await answer.text()).toContain(`lang="${locale}"`);
  }
});
