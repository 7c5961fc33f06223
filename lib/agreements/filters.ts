// The list filters, read from the URL so that a filtered view can be shared.
// Lenient: an unknown value is dropped, so a reader with an old link still
// sees the list (the API, lib/agreements/find.ts, answers 400 instead).
import { z } from "zod";
import { locales } from "@/i18n/locales";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";
import { AGREEMENT_KINDS } from "@/lib/enums";
import { SLUG_PATTERN } from "@/lib/http/params";

export { AGREEMENT_KINDS };
export const SORTS = ["relevance", "newest", "oldest", "title"] as const;
export const PAGE_SIZE = 20;

/**
 * The API's parameters: strict, so a mistyped name or value is a 400 that
 * names the parameter rather than a silently ignored filter.
 */
export const findParamsSchema = z
  .object({
    q: z.string().trim().min(1).max(200).optional(),
    status: z.enum(LIFECYCLE_STATUSES).optional(),
    kind: z.enum(AGREEMENT_KINDS).optional(),
    scope: z.string().regex(SLUG_PATTERN, "must be a scope area key").optional(),
    party: z.string().regex(SLUG_PATTERN, "must be an organization slug").optional(),
    year: z.coerce.number().int().min(1900).max(2200).optional(),
    sort: z.enum(SORTS).optional(),
    page: z.coerce.number().int().min(1).default(1),
    limit: z.coerce.number().int().min(1).max(100).default(20),
    lang: z.enum(locales).default("en"),
  })
  .strict();

export type FindParams = z.infer<typeof findParamsSchema>;

// The page takes the same fields by the same rules, but drops a value it
// cannot read (and takes the first of repeated ones) instead of failing.
const first = (v: unknown) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v);
const lenient = <T extends z.ZodType>(schema: T) => z.preprocess(first, schema.optional().catch(undefined));
const field = findParamsSchema.shape;

export const listFiltersSchema = z.object({
  q: lenient(field.q),
  status: lenient(field.status),
  kind: lenient(field.kind),
  scope: lenient(field.scope),
  party: lenient(field.party),
  year: lenient(field.year),
  sort: lenient(field.sort),
  page: z.preprocess(first, field.page.catch(1)),
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
