// One way to find agreements, shared by the list page, the API and the
// exports: optional search, the list filters, sorting and pagination.

import type { FindParams, SORTS } from "@/lib/agreements/filters";
import { listAgreementViews, loadAgreementViews, type ListedAgreement } from "@/lib/agreements/views";
import { getDb } from "@/lib/db/client";
import { highlight, type Highlight } from "@/lib/search/highlight";
import { searchAgreementPage, searchAgreements, searchPassages } from "@/lib/search/query";

export interface FindResult {
  items: Array<ListedAgreement & { match: Highlight | null }>;
  total: number;
  page: number;
  limit: number;
  totalPages: number;
  sort: (typeof SORTS)[number];
}

export async function findAgreements(p: FindParams): Promise<FindResult> {
  const db = getDb();
  const sort = p.sort ?? (p.q ? "relevance" : "newest");
  const sqlFilters = { kind: p.kind, scope: p.scope, party: p.party, year: p.year };

  // A search in relevance order without a status filter is done by the
  // database alone, a page at a time; only that page's records are loaded.
  if (p.q && sort === "relevance" && !p.status) {
    let { ids, total } = await searchAgreementPage(db, p.q, sqlFilters, p.limit, (p.page - 1) * p.limit);
    const totalPages = Math.max(1, Math.ceil(total / p.limit));
    const page = Math.min(p.page, totalPages);
    if (page !== p.page) ({ ids, total } = await searchAgreementPage(db, p.q, sqlFilters, p.limit, (page - 1) * p.limit));
    const [views, passages] = await Promise.all([loadAgreementViews(ids), searchPassages(db, ids)]);
    const items = views.map((v) => ({ ...v, match: highlight(passages.get(v.id) ?? [], p.q!, p.lang) }));
    return { items, total, page, limit: p.limit, totalPages, sort };
  }

  // Otherwise, over the records in memory: status is computed for a day, not
  // stored, so it cannot be filtered in SQL (fine at the registry's size).
  const all = await listAgreementViews();
  let candidates: ListedAgreement[] = all;
  const rank = new Map<number, number>();
  if (p.q) {
    const hits = await searchAgreements(db, p.q, sqlFilters);
    hits.forEach((hit, i) => rank.set(hit.id, i));
    candidates = all.filter((a) => rank.has(a.id));
  }
  const filtered = candidates.filter(
    (a) =>
      (!p.status || a.status === p.status) &&
      (!p.kind || a.kind === p.kind) &&
      (!p.scope || a.scopeAreas.some((s) => s.key === p.scope)) &&
      (!p.party || a.parties.some((x) => x.slug === p.party)) &&
      (!p.year || a.referenceDate?.slice(0, 4) === String(p.year)),
  );
  const byDate = (a: ListedAgreement, b: ListedAgreement) => (a.referenceDate ?? "").localeCompare(b.referenceDate ?? "") || a.slug.localeCompare(b.slug);
  const collator = new Intl.Collator(p.lang);
  const sorted = [...filtered].sort((a, b) => {
    if (sort === "relevance" && p.q) return (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0);
    if (sort === "title") return collator.compare(a.title[p.lang], b.title[p.lang]);
    if (sort === "oldest") return byDate(a, b);
    return byDate(b, a);
  });
  const totalPages = Math.max(1, Math.ceil(sorted.length / p.limit));
  const page = Math.min(p.page, totalPages);
  const shown = sorted.slice((page - 1) * p.limit, page * p.limit);
  const passages = p.q ? await searchPassages(db, shown.map((a) => a.id)) : new Map();
  return {
    items: shown.map((a) => ({ ...a, match: p.q ? highlight(passages.get(a.id) ?? [], p.q, p.lang) : null })),
    total: sorted.length,
    page,
    limit: p.limit,
    totalPages,
    sort,
  };
}
