// One way to find agreements, shared by the list page, the API and the
// exports: optional search, the list filters, sorting and pagination, all in
// SQL (lib/agreements/listing.ts); only the page shown is loaded.

import type { FindParams, SORTS } from "@/lib/agreements/filters";
import { listingIds, listingPage, type ListingSort } from "@/lib/agreements/listing";
import { cardColumns, cardsOf, loadAgreementSummaries, loadAgreementViews, type AgreementSummary, type ListedAgreement } from "@/lib/agreements/views";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { highlight, type Highlight } from "@/lib/search/highlight";
import { prepareQuery, searchAgreementPage, searchPassages, type Needle, type PrepareResult, type SearchPage } from "@/lib/search/query";
import type { Passage } from "@/lib/search/index-agreement";

export interface FoundPage {
  ids: number[];
  total: number;
  page: number;
  limit: number;
  totalPages: number;
  sort: (typeof SORTS)[number];
}

export interface FindResult<T> extends Omit<FoundPage, "ids"> {
  items: Array<T & { match: Highlight | null }>;
}

const filtersOf = (p: FindParams) => ({ status: p.status, kind: p.kind, scope: p.scope, party: p.party, year: p.year });
const sortOf = (p: Pick<FindParams, "q" | "sort">): ListingSort => p.sort ?? (p.q ? "relevance" : "newest");

async function idPage(p: FindParams, page: number, today: string, prepared: PrepareResult, columns?: Prisma.Sql): Promise<SearchPage> {
  const sort = sortOf(p);
  const offset = (page - 1) * p.limit;
  if (p.q) return searchAgreementPage(getDb(), p.q, filtersOf(p), sort, p.lang, p.limit, offset, today, prepared, columns);
  // Relevance without a query is the default order.
  return listingPage(getDb(), filtersOf(p), sort === "relevance" ? "newest" : sort, p.lang, p.limit, offset, today);
}

/** The page of ids asked for (a page past the end is the last page), and the words a search matched. */
async function findPage(
  p: FindParams,
  today: string,
  columns?: Prisma.Sql,
): Promise<{ found: FoundPage; needles: Needle[]; passages?: Map<number, Passage[]>; cards?: SearchPage["cards"] }> {
  // The query is prepared once: its tiers for the ranking, its words for the highlight.
  const prepared = p.q ? await prepareQuery(getDb(), p.q) : null;
  let { ids, total, passages, cards } = await idPage(p, p.page, today, prepared, columns);
  const totalPages = Math.max(1, Math.ceil(total / p.limit));
  const page = Math.min(p.page, totalPages);
  if (page !== p.page) ({ ids, total, passages, cards } = await idPage(p, page, today, prepared, columns));
  return { found: { ids, total, page, limit: p.limit, totalPages, sort: sortOf(p) }, needles: prepared?.needles ?? [], passages, cards };
}

export async function findAgreementPage(p: FindParams, today: string = todayInBangkok()): Promise<FoundPage> {
  return (await findPage(p, today)).found;
}

/** The page's items, with the passages a search matched in (read with the page, or alongside the items, not after). */
async function withMatches<T extends { id: number }>(p: FindParams, ids: number[], load: Promise<T[]>, needles: Needle[], read?: Map<number, Passage[]>): Promise<Array<T & { match: Highlight | null }>> {
  if (!p.q) return (await load).map((a) => ({ ...a, match: null }));
  const [items, passages] = await Promise.all([load, read ?? searchPassages(getDb(), ids)]);
  return items.map((a) => ({ ...a, match: highlight(passages.get(a.id) ?? [], needles, p.lang) }));
}

/** A page of whole records (the read API). */
export async function findAgreements(p: FindParams, today: string = todayInBangkok()): Promise<FindResult<ListedAgreement>> {
  const { found: { ids, ...meta }, needles, passages } = await findPage(p, today);
  return { ...meta, items: await withMatches(p, ids, loadAgreementViews(ids, today), needles, passages) };
}

/** A page of summaries (the list page's cards). */
export async function findAgreementSummaries(p: FindParams, today: string = todayInBangkok()): Promise<FindResult<AgreementSummary>> {
  // A search by relevance reads its cards with its page (cardColumns); a list or another order loads them.
  const { found: { ids, ...meta }, needles, passages, cards } = await findPage(p, today, p.q ? cardColumns(today) : undefined);
  const load = cards ? Promise.resolve(cardsOf(ids, cards, today)) : loadAgreementSummaries(ids, today);
  return { ...meta, items: await withMatches(p, ids, load, needles, passages) };
}

/** Every matching id in order, for the exports. */
export async function findAllIds(p: Omit<FindParams, "page" | "limit">): Promise<number[]> {
  const today = todayInBangkok();
  const sort = sortOf(p);
  if (p.q) return (await searchAgreementPage(getDb(), p.q, filtersOf(p as FindParams), sort, p.lang, null, 0, today)).ids;
  return listingIds(getDb(), filtersOf(p as FindParams), sort === "relevance" ? "newest" : sort, p.lang, today);
}
