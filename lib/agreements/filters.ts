// The list filters, read from the URL so that a filtered view can be shared.
// Lenient: an unknown value is dropped, so a reader with an old link still
// sees the list (the API, lib/agreements/find.ts, answers 400 instead).
import { z } from "zod";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";

export const AGREEMENT_KINDS = ["JOINT_STATEMENT", "MEMORANDUM_OF_COOPERATION", "MEMORANDUM_OF_UNDERSTANDING", "OTHER"] as const;
export const SORTS = ["relevance", "newest", "oldest", "title"] as const;
export const PAGE_SIZE = 20;

// Unknown values fall back to "no filter" on the page rather than an error:
// a reader with an old link still sees the list.
const one = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema.optional().catch(undefined));

export const listFiltersSchema = z.object({
  q: one(z.string().trim().min(1).max(200)),
  status: one(z.enum(LIFECYCLE_STATUSES)),
  kind: one(z.enum(AGREEMENT_KINDS)),
  scope: one(z.string().regex(/^[a-z0-9-]{1,64}$/)),
  party: one(z.string().regex(/^[a-z0-9-]{1,64}$/)),
  year: one(z.coerce.number().int().min(1900).max(2200)),
  sort: one(z.enum(SORTS)),
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).catch(1)),
});

export type ListFilters = z.infer<typeof listFiltersSchema>;

export function parseListFilters(searchParams: Record<string, string | string[] | undefined>): ListFilters {
  return listFiltersSchema.parse(searchParams);
}

/** The query string for a filter set, leaving out defaults. */
export function filtersToQuery(f: Partial<ListFilters>): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.q) q.q = f.q;
  if (f.status) q.status = f.status;
  if (f.kind) q.kind = f.kind;
  if (f.scope) q.scope = f.scope;
  if (f.party) q.party = f.party;
  if (f.year) q.year = String(f.year);
  if (f.sort) q.sort = f.sort;
  if (f.page && f.page > 1) q.page = String(f.page);
  return q;
}
