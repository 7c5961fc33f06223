// One way to find agreements, shared by the list page, the API and the
// exports: optional search, the list filters, sorting and pagination.

import { z } from "zod";
import { AGREEMENT_KINDS } from "@/lib/agreements/filters";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";
import { listAgreementViews, type ListedAgreement } from "@/lib/agreements/views";
import { getDb } from "@/lib/db/client";
import { highlight, type Highlight } from "@/lib/search/highlight";
import { searchAgreements } from "@/lib/search/query";

export const API_SORTS = ["relevance", "newest", "oldest", "title"] as const;
const slugPattern = /^[a-z0-9-]{1,64}$/;

/**
 * The API's parameters: strict, so a mistyped name or value is a 400 that
 * names the parameter rather than a silently ignored filter.
 */
export const findParamsSchema = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    status: z.enum(LIFECYCLE_STATUSES).optional(),
    kind: z.enum(AGREEMENT_KINDS).optional(),
    scope: z.string().regex(slugPattern, "must be a scope area key").optional(),
    party: z.string().regex(slugPattern, "must be an organization slug").optional(),
    year: z.coerce.number().int().min(1900).max(2200).optional(),
    sort: z.enum(API_SORTS).optional(),
    page: z.coerce.number().int().min(1).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    lang: z.enum(["th", "en"]).default("en"),
  })
  .strict();

export type FindParams = z.infer<typeof findParamsSchema>;

export interface FindResult {
  items: Array<ListedAgreement & { match: Highlight | null }>;
  total: number;
  page: number;
  limit: number;
  totalPages: number;
  sort: (typeof API_SORTS)[number];
}

export async function findAgreements(p: FindParams): Promise<FindResult> {
  const all = await listAgreementViews();
  let candidates: ListedAgreement[] = all;
  const matches = new Map<string, Highlight | null>();
  const rank = new Map<string, number>();
  if (p.q) {
    const hits = await searchAgreements(getDb(), p.q);
    const bySlug = new Map(all.map((a) => [a.slug, a]));
    const slugById = new Map(all.map((a) => [a.id, a.slug]));
    candidates = [];
    hits.forEach((hit, i) => {
      const slug = slugById.get(hit.id);
      const view = slug ? bySlug.get(slug) : undefined;
      if (!view) return;
      candidates.push(view);
      rank.set(view.slug, i);
      matches.set(view.slug, highlight(hit.passages, p.q!, p.lang));
    });
  }
  const filtered = candidates.filter(
    (a) =>
      (!p.status || a.status === p.status) &&
      (!p.kind || a.kind === p.kind) &&
      (!p.scope || a.scopeAreas.some((s) => s.key === p.scope)) &&
      (!p.party || a.parties.some((x) => x.slug === p.party)) &&
      (!p.year || a.referenceDate?.slice(0, 4) === String(p.year)),
  );
  const sort = p.sort ?? (p.q ? "relevance" : "newest");
  const byDate = (a: ListedAgreement, b: ListedAgreement) => (a.referenceDate ?? "").localeCompare(b.referenceDate ?? "") || a.slug.localeCompare(b.slug);
  const collator = new Intl.Collator(p.lang);
  const sorted = [...filtered].sort((a, b) => {
    if (sort === "relevance" && p.q) return (rank.get(a.slug) ?? 0) - (rank.get(b.slug) ?? 0);
    if (sort === "title") return collator.compare(a.title[p.lang], b.title[p.lang]);
    if (sort === "oldest") return byDate(a, b);
    return byDate(b, a);
  });
  const totalPages = Math.max(1, Math.ceil(sorted.length / p.limit));
  const page = Math.min(p.page, totalPages);
  return {
    items: sorted.slice((page - 1) * p.limit, page * p.limit).map((a) => ({ ...a, match: matches.get(a.slug) ?? null })),
    total: sorted.length,
    page,
    limit: p.limit,
    totalPages,
    sort,
  };
}
