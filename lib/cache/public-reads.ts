// Every public read, cached in Next.js's data cache (unstable_cache). Pages,
// the read API, feeds and the sitemap call these, never the queries beneath
// them, so they share one cache, one set of tags and one lifetime:
// - tags (lib/cache/tags.mjs): LISTS on everything that shows many records, a
//   record's slug tag on its own page; a write expires them after its commit
//   (lib/cache/invalidate.ts);
// - lifetime: until the next Bangkok midnight, and `today` is part of every
//   key, so no entry outlives the day whose statuses it shows (lib/cache/day.ts).
// Values are stored as JSON: these functions return plain data.
//
// Why unstable_cache and not 'use cache': 'use cache' needs Cache Components,
// under which Next 16.4 answers 200 instead of 404 when a page calls
// notFound() (vercel/next.js#98518, fix pending in #95561) — an unknown
// agreement must be a 404.
import { unstable_cache } from "next/cache";
import { findAgreementSummaries, findAgreements } from "@/lib/agreements/find";
import type { FindParams } from "@/lib/agreements/filters";
import type { ListingFilters } from "@/lib/agreements/listing";
import { nameIn } from "@/lib/i18n/pick";
import { filterChoices, latestUpdatedIds, listingPage, statusCounts, timelinePage } from "@/lib/agreements/listing";
import { findRenamedSlug, getPublicAgreement } from "@/lib/agreements/queries";
import { serializeAgreement } from "@/lib/agreements/serialize";
import { loadAgreementSummaries, loadChartDates } from "@/lib/agreements/views";
import { calendarEntries, type CalendarScope, watchCounts, watchPage, type WatchView, type WatchWindow } from "@/lib/agreements/watch";
import { cacheDay } from "@/lib/cache/day";
import { LISTS, recordTag, sourceTag } from "@/lib/cache/tags.mjs";
import { getPublicSource } from "@/lib/sources/queries";
import type { Locale } from "@/i18n/routing";
import { calendarTexts, deadlinesIcs } from "@/lib/calendar/deadlines-ics";
import { agreementJson } from "@/lib/api/agreement-json";
import { bodyOf } from "@/lib/http/cacheable";
import { getDb } from "@/lib/db/client";
import { atomFeed } from "@/lib/feed/atom";
import { databaseKnownDown } from "@/lib/db/health";
import { NotCachedError } from "@/lib/http/outage";
import { getOrganization } from "@/lib/organizations/queries";
import { getScopeArea } from "@/lib/scope-areas/queries";
import { sitemapPartXml, sitemapXml } from "@/lib/sitemap/sitemap";

/** `read(...args)`, cached under `name` and its arguments, with these tags. */
function cached<A extends unknown[], R>(name: string, read: (...args: A) => Promise<R>, tags: (...args: A) => string[]): (...args: A) => Promise<R> {
  return async (...args: A) => {
    // Outside a Next.js server (scripts, tests calling a handler directly)
    // there is no cache: read straight through.
    if (!process.env.NEXT_RUNTIME) return read(...args);
    // While the proxy's probe finds the database down, a read that is not in
    // the cache fails at once instead of waiting on a connection, and the
    // proxy answers the 503 (lib/http/outage.ts). Not read from the request's
    // headers: that would make every page dynamic, and pages are cached whole.
    // One function either way: unstable_cache keys entries by its source text too.
    const cacheOnly = databaseKnownDown();
    return unstable_cache(() => (cacheOnly ? Promise.reject(new NotCachedError()) : read(...args)), [name, JSON.stringify(args)], {
      tags: tags(...args),
      revalidate: cacheDay().secondsLeft,
    })();
  };
}

const lists = () => [LISTS];

/** A public record as its page and the API show it; null when there is none. */
async function agreementView(slug: string, today: string) {
  const row = await getPublicAgreement(slug);
  return row ? serializeAgreement(row, today) : null;
}

export const publicAgreement = cached(
  "agreement",
  agreementView,
  // A miss ends when a record takes this slug: publishing or renaming it
  // expires the slug's tag.
  (slug) => [recordTag(slug)],
);

/** The current slug of a renamed public record. */
export const renamedSlug = cached("renamed", (slug: string) => findRenamedSlug(slug), lists);

export const publicSummaries = cached("summaries", (p: FindParams, today: string) => findAgreementSummaries(p, today), lists);

export const publicFilterChoices = cached("filter-choices", (today: string) => filterChoices(getDb(), today), lists);

export const publicHome = cached(
  "home",
  async (lang: Locale, inEffect: number, latest: number, today: string) => {
    const db = getDb();
    const [byStatus, inEffectPage, latestPage, watch] = await Promise.all([
      statusCounts(db, today),
      listingPage(db, { status: "in_effect" }, "newest", lang, inEffect, 0, today),
      listingPage(db, {}, "newest", lang, latest, 0, today),
      watchCounts(db, "public", 6, today),
    ]);
    const [inEffectItems, latestItems] = await Promise.all([loadAgreementSummaries(inEffectPage.ids, today), loadAgreementSummaries(latestPage.ids, today)]);
    return { byStatus: Object.fromEntries(byStatus), inEffect: { items: inEffectItems, total: inEffectPage.total }, latest: { items: latestItems, total: latestPage.total }, watch };
  },
  lists,
);

export const publicTimeline = cached(
  "timeline",
  async (group: "party" | "scope", lang: Locale, years: { from?: number; to?: number }, limit: number, page: number, today: string) => {
    const db = getDb();
    let { slots, total, agreementTotal } = await timelinePage(db, group, lang, years, limit, (page - 1) * limit, today);
    const totalPages = Math.max(1, Math.ceil(total / limit));
    const shown = Math.min(page, totalPages);
    if (shown !== page) ({ slots, total, agreementTotal } = await timelinePage(db, group, lang, years, limit, (shown - 1) * limit, today));
    const ids = [...new Set(slots.map((s) => s.agreementId))];
    const [agreements, dates] = await Promise.all([loadAgreementSummaries(ids, today), loadChartDates(ids, today)]);
    return { slots, total, agreementTotal, page: shown, totalPages, agreements: agreements.map((a) => ({ ...a, chart: dates.get(a.id) ?? { end: null, nextRenewal: null } })) };
  },
  lists,
);

// Feeds, the sitemap, the calendar and the read API are cached as the text
// they answer with and its ETag (lib/http/cacheable.ts): a request then costs a
// cache lookup, not a serialization and a hash of tens of kilobytes.

/** The Atom feed of a language: the latest `limit` entries. */
export const publicFeed = cached(
  "feed",
  async (locale: Locale, origin: string, limit: number, today: string) => bodyOf(atomFeed(await loadAgreementSummaries(await latestUpdatedIds(getDb(), limit, today), today), locale, origin)),
  lists,
);

export const publicSitemap = cached("sitemap", async (origin: string) => bodyOf(await sitemapXml(origin)), lists);

export const publicSitemapPart = cached(
  "sitemap-part",
  async (origin: string, part: number) => {
    const text = await sitemapPartXml(origin, part);
    return text === null ? null : bodyOf(text);
  },
  lists,
);

/** A page of the API's list (`GET /api/v1/agreements`); `path` is the request's path and query, for the links. */
export const publicApiList = cached(
  "api-list",
  async (p: FindParams, path: string, today: string) => {
    const result = await findAgreements(p, today);
    const pageUrl = (page: number) => {
      const next = new URL(path, "http://registry.invalid");
      next.searchParams.set("page", String(page));
      return `${next.pathname}${next.search}`;
    };
    return bodyOf(
      JSON.stringify({
        data: result.items.map(agreementJson),
        meta: { total: result.total, page: result.page, limit: result.limit, totalPages: result.totalPages, sort: result.sort, q: p.q ?? null },
        links: {
          self: pageUrl(result.page),
          next: result.page < result.totalPages ? pageUrl(result.page + 1) : null,
          prev: result.page > 1 ? pageUrl(result.page - 1) : null,
        },
      }),
    );
  },
  lists,
);

/** A public record as the API answers it (`GET /api/v1/agreements/{slug}`); null when there is none. */
export const publicApiRecord = cached(
  "api-record",
  async (slug: string, today: string) => {
    const view = await agreementView(slug, today);
    // With the day it stays true until (the route tells the shared store: VALID_UNTIL_HEADER).
    return view ? { ...bodyOf(JSON.stringify({ data: view })), validUntil: view.statusValidUntil } : null;
  },
  (slug) => [recordTag(slug)],
);

export const publicOrganization = cached("organization", (slug: string) => getOrganization(slug), lists);

/** A source's public page: its archived copy and the records citing it. */
export const publicSource = cached("source", (key: string) => getPublicSource(key), (key) => [sourceTag(key), LISTS]);

export const publicScopeArea = cached("scope-area", (key: string) => getScopeArea(key), lists);

/** A page of a public "what needs attention" list, with every list's count. */
export const publicWatch = cached(
  "watch",
  async (view: WatchView, months: WatchWindow, page: number, today: string) => {
    const db = getDb();
    const [{ rows, total }, counts] = await Promise.all([watchPage(db, view, "public", months, page, today), watchCounts(db, "public", months, today)]);
    return { rows, total, counts };
  },
  lists,
);

/**
 * The public deadlines calendar, as the text served: writing a few hundred
 * events per request cost more than the rest of a page (and under a burst of
 * them, the server's memory).
 */
export const publicCalendar = cached(
  "calendar",
  async (locale: Locale, origin: string, today: string, filters: ListingFilters | null) => {
    const scope: CalendarScope = filters ? { kind: "list", filters } : { kind: "all" };
    return bodyOf(deadlinesIcs(await calendarEntries(getDb(), "public", today, scope), locale, origin, calendarTexts(locale, filters ? { kind: "list" } : { kind: "all", audience: "public" }), today));
  },
  lists,
);

/** One public record's deadlines calendar; null when there is no such public record. */
export const publicRecordCalendar = cached(
  "record-calendar",
  async (locale: Locale, origin: string, today: string, slug: string) => {
    // The record's title from its cached read (the same one its page and API answer use).
    const record = await publicAgreement(slug, today);
    if (!record) return null;
    const title = nameIn(record.title, locale);
    return bodyOf(deadlinesIcs(await calendarEntries(getDb(), "public", today, { kind: "record", slug }), locale, origin, calendarTexts(locale, { kind: "record", title }), today));
  },
  // Its deadlines change only when the record does (and its status, with the day in the key).
  (_locale, _origin, _today, slug) => [recordTag(slug)],
);
