// A search page composed outside React: the page's frame (header, form,
// footer), rendered by Next once for every query of its shape and kept in
// memory, with the results written in per query (lib/search/results-html.ts).
// A distinct search cost ~45 ms of the server's CPU through Next's render; a
// registry's readers type different words, so every search missed every cache.
// The server in front of Next (scripts/serve.mjs, lib/server/search-page.mjs)
// calls this for `/{locale}/agreements?q=…`; whatever it declines (other
// filters, a value the page would flag, an error) Next renders as before.
//
// The frame is the list page given SEARCH_SLOT as its query, asked of this
// process (its own secret header: no cache in front keeps it, and it takes no
// place in the admission queue, lib/server/front-door.mjs). It is the same
// for every query of its shape (language, sort, page) until a write or the
// day changes it: kept for TTL_MS and while no cache tag expired, as the
// front cache keeps answers (lib/server/front-cache.mjs).
import { locales, type Locale } from "@/i18n/locales";
import { parseListFilters, PAGE_SIZE } from "@/lib/agreements/filters";
import { findAgreementSummaries } from "@/lib/agreements/find";
import { cacheDay } from "@/lib/cache/day";
import { databaseKnownDown } from "@/lib/db/health";
import { cacheGeneration, TTL_MS } from "@/lib/server/front-cache.mjs";
import { withoutClientRuntime } from "@/lib/server/record-page.mjs";
import { INTERNAL_HEADER, refreshToken } from "@/lib/server/refresh.mjs";
import { escapeHtml } from "@/lib/server/escape-html.mjs";
import { searchResultsHtml } from "./results-html";
import { RESULTS_SLOT, SEARCH_SLOT } from "./slot";

const PATH = new RegExp(`^/(${locales.join("|")})/agreements$`);
/** The parameters a composed page takes; any other with a value goes to Next (filters draw more than results). */
const COMPOSED = new Set(["q", "sort", "page"]);

interface Frame {
  html: string;
  generation: number;
  storedAt: number;
  day: string;
  /** When a search last used it (Date.now()). */
  usedAt: number;
}
const frames = new Map<string, Frame>();
const MAX_FRAMES = 200;

// A frame being fetched, by day, generation and path: the searches that find
// their frame expired or missing together (after a write, or a pause), and
// the timer below, wait for one fetch instead of each asking Next for it.
const fetching = new Map<string, Promise<string | null>>();

/**
 * A frame is fetched again this long after it was (a timer), while the held
 * one still serves, as long as searches use it (KEEP_WARM_MS): the next is
 * held before the old one expires, and no search waits for Next's render of
 * it. Fetched only when a search found it expired, every search of its
 * language in the meantime waited: under load every TTL_MS, and after any
 * pause of over TTL_MS the burst that ended it (a page of readers arriving
 * together, 32 connections opened at once) waited for renders slowed by the
 * burst itself: 145–160 ms at 100,000 records, where one takes 4–15 ms
 * alone. A frame served is still never older than TTL_MS, nor from before a
 * write this process has seen.
 */
export const REFRESH_AHEAD_MS = TTL_MS * 0.7;
/** Frames no search has used for this long are left to expire (at most one render a frame every REFRESH_AHEAD_MS while used). */
export const KEEP_WARM_MS = 10_000;

function fetchOnce(path: string, day: string): Promise<string | null> {
  const key = `${day} ${cacheGeneration()} ${path}`;
  let pending = fetching.get(key);
  if (!pending) {
    pending = fetchFrame(path, day).finally(() => fetching.delete(key));
    fetching.set(key, pending);
  }
  return pending;
}

async function frameFor(path: string, day: string): Promise<string | null> {
  const held = frames.get(path);
  if (held && held.generation === cacheGeneration() && held.day === day && Date.now() - held.storedAt < TTL_MS) {
    held.usedAt = Date.now();
    return held.html;
  }
  return fetchOnce(path, day);
}

/**
 * Whether the timer fetches `frame` again at `now`: used within
 * KEEP_WARM_MS, still of this generation and day, and not fetched again
 * since the timer was set (that fetch set a timer of its own).
 */
export function keepsWarm(frame: Pick<Frame, "usedAt" | "storedAt" | "generation" | "day">, now: number, generation: number, day: string): boolean {
  return now - frame.usedAt < KEEP_WARM_MS && now - frame.storedAt >= REFRESH_AHEAD_MS && frame.generation === generation && frame.day === day;
}

/** Fetches the frame at `path` again REFRESH_AHEAD_MS after `storedAt`, if keepsWarm says so; a failed fetch leaves the held frame to expire. */
function keepWarm(path: string, storedAt: number): void {
  setTimeout(
    () => {
      const held = frames.get(path);
      const { today } = cacheDay();
      if (held && keepsWarm(held, Date.now(), cacheGeneration(), today)) fetchOnce(path, today).catch(() => null);
    },
    Math.max(0, storedAt + REFRESH_AHEAD_MS - Date.now()),
  ).unref();
}

async function fetchFrame(path: string, day: string): Promise<string | null> {
  const generation = cacheGeneration();
  const storedAt = Date.now();
  const answer = await fetch(new URL(path, process.env.__NEXT_PRIVATE_ORIGIN), { headers: { [INTERNAL_HEADER]: refreshToken(), "accept-encoding": "identity" } });
  if (answer.status !== 200) return null;
  const html = withoutClientRuntime(await answer.text());
  // One slot for the results, or the page is not the frame this expects.
  if (html.split(RESULTS_SLOT).length !== 2) return null;
  if (frames.size >= MAX_FRAMES) frames.delete(frames.keys().next().value!);
  const usedAt = frames.get(path)?.usedAt ?? Date.now();
  frames.set(path, { html, generation, storedAt, day, usedAt });
  keepWarm(path, storedAt);
  return html;
}

/** The search page at `target` (path and query), or null when Next should render it. */
export async function composeSearchPage(target: string): Promise<string | null> {
  const url = new URL(target, "http://registry.invalid");
  const locale = PATH.exec(url.pathname)?.[1] as Locale | undefined;
  if (!locale) return null;
  const raw: Record<string, string> = {};
  for (const [key, value] of url.searchParams) {
    if (value === "") continue;
    if (!COMPOSED.has(key) || key in raw) return null;
    raw[key] = value;
  }
  const filters = parseListFilters(raw);
  // A sort the page cannot read is named on it (Next renders that); a query holding the slot's word is not a reader's.
  if (!filters.q || filters.q.includes(SEARCH_SLOT) || (raw.sort && !filters.sort)) return null;
  // While the database is known to be down, Next answers at once with its 503 page (proxy.ts); a search here would wait on a connection first.
  if (databaseKnownDown()) return null;
  const { today } = cacheDay();
  // The frame's address as the proxy orders a list's query (lib/cache/pages.ts).
  const frameQuery = new URLSearchParams({ ...raw, q: SEARCH_SLOT });
  frameQuery.sort();
  const [frame, result] = await Promise.all([
    frameFor(`${url.pathname}?${frameQuery}`, today),
    // Not through the data cache (lib/cache/public-reads.ts): distinct searches would fill it with entries read once.
    findAgreementSummaries({ ...filters, limit: PAGE_SIZE, lang: locale }, today),
  ]);
  if (!frame) return null;
  const results = searchResultsHtml(filters, result, locale);
  // The slot's word stands in a URL (the language links: the query as the
  // reader sent it, form-encoded as the proxy writes it) or in text (the
  // search field: the query as read, trimmed).
  const inUrl = new URLSearchParams({ q: raw.q! }).toString().slice(2);
  return frame
    .replace(RESULTS_SLOT, () => results)
    .replaceAll(`q=${SEARCH_SLOT}`, () => `q=${escapeHtml(inUrl)}`)
    .replaceAll(SEARCH_SLOT, () => escapeHtml(filters.q!));
}
