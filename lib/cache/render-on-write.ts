// After a save that changed public records, the process that saved renders
// their answers again — the record's page in each language and its API
// answer, and those of the records related to it — so that the first reader
// after an edit, on any instance, is served from the shared store
// (lib/server/answer-store.mjs) instead of waiting for a render.
//
// The renders are this server's own requests to itself, marked with its
// per-process secret (lib/server/self-render.mjs) so that they skip the caches in
// front of Next. They start LEARNING_LAG_MS after the write: an answer
// rendered earlier is not stored (another instance may not have learned of
// the write yet), and the editor's answer never waits for them.
//
// Every public write also shifts the unfiltered list (a new record moves every
// later one a place), so the list's pages — each `?page=N` in each language,
// and each language's first page and home — are rendered again too, by one
// pass per burst of writes: it starts LIST_QUIET_MS after the last write, one
// page at a time (so at most one core), and a write during the pass stops it
// and starts another after it. Until a page is rendered again, its first
// reader renders it, as before. Filtered lists and searches are rendered on
// demand (an unbounded set of addresses).
import { locales } from "@/i18n/locales";
import { PAGE_SIZE } from "@/lib/agreements/filters";
import { listingWhere } from "@/lib/agreements/listing";
import { cacheDay } from "@/lib/cache/day";
import { getDb } from "@/lib/db/client";
import { LEARNING_LAG_MS } from "@/lib/server/answer-store.mjs";
import { renderAgain as render } from "@/lib/server/self-render.mjs";

const LIST_QUIET_MS = 3_000;

/** The addresses of a record's public answers. */
export function recordAnswers(slug: string): string[] {
  const encoded = encodeURIComponent(slug);
  return [...locales.map((locale) => `/${locale}/agreements/${encoded}`), `/api/v1/agreements/${encoded}`];
}

/** The addresses of the unfiltered list's answers, for a list of `pages` pages: each language's home and first page, then page by page. */
export function listAnswers(pages: number): string[] {
  const first = locales.flatMap((locale) => [`/${locale}`, `/${locale}/agreements`]);
  const numbered = Array.from({ length: Math.max(1, pages) }, (_, n) => locales.map((locale) => `/${locale}/agreements?page=${n + 1}`)).flat();
  return [...first, ...numbered];
}

/** How many pages the unfiltered public list has today. */
export async function listPageCount(): Promise<number> {
  const [row] = await getDb().$queryRaw<Array<{ n: bigint }>>`SELECT count(*) AS "n" FROM "Agreement" a WHERE ${listingWhere({}, cacheDay().today)}`;
  return Math.ceil(Number(row?.n ?? 0) / PAGE_SIZE);
}

// One pass per process: kept on globalThis because Next may bundle this module
// once per route (the save, publication and restore routes all write).
const listPasses = ((globalThis as { __registryListPasses?: { pass: number; timer?: ReturnType<typeof setTimeout> } }).__registryListPasses ??= { pass: 0 });

/** Renders the unfiltered list's pages again once writes have paused; a later call stops a pass under way. */
function renderListsOnWrite(self: string): void {
  const pass = ++listPasses.pass;
  clearTimeout(listPasses.timer);
  listPasses.timer = setTimeout(async () => {
    try {
      await render(self, listAnswers(await listPageCount()), () => pass === listPasses.pass);
    } catch {
      // The database is away: the lists' first readers render them.
    }
  }, LEARNING_LAG_MS + LIST_QUIET_MS).unref();
}

/** Renders the public answers of these records again, and the list's pages, soon after the write that changed them. */
export function renderOnWrite(slugs: string[]): void {
  // Where `next start` listens (scripts/serve.mjs records it); absent under `next dev` and in scripts.
  const self = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!self || !process.env.REGISTRY_REFRESH_TOKEN) return;
  const paths = [...new Set(slugs)].flatMap(recordAnswers);
  if (paths.length > 0) setTimeout(() => void render(self, paths), LEARNING_LAG_MS + 100).unref();
  renderListsOnWrite(self);
}
