// The list filters, read from the URL so that a filtered view can be shared.
// Shared by the list page (and later the API) so both accept the same values.
import { z } from "zod";
import { LIFECYCLE_STATUSES } from "@/lib/agreements/lifecycle";
import type { ListedAgreement } from "@/lib/agreements/views";

export const AGREEMENT_KINDS = ["JOINT_STATEMENT", "MEMORANDUM_OF_COOPERATION", "MEMORANDUM_OF_UNDERSTANDING", "OTHER"] as const;
export const SORTS = ["newest", "oldest", "title"] as const;
export const PAGE_SIZE = 20;

// Unknown values fall back to "no filter" on the page rather than an error:
// a reader with an old link still sees the list.
const one = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (Array.isArray(v) ? v[0] : v === "" ? undefined : v), schema.optional().catch(undefined));

export const listFiltersSchema = z.object({
  status: one(z.enum(LIFECYCLE_STATUSES)),
  kind: one(z.enum(AGREEMENT_KINDS)),
  scope: one(z.string().regex(/^[a-z0-9-]{1,64}$/)),
  party: one(z.string().regex(/^[a-z0-9-]{1,64}$/)),
  year: one(z.coerce.number().int().min(1900).max(2200)),
  sort: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.enum(SORTS).catch("newest")),
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).catch(1)),
});

export type ListFilters = z.infer<typeof listFiltersSchema>;

export function parseListFilters(searchParams: Record<string, string | string[] | undefined>): ListFilters {
  return listFiltersSchema.parse(searchParams);
}

export function applyListFilters(items: ListedAgreement[], f: ListFilters, locale: "th" | "en"): ListedAgreement[] {
  const filtered = items.filter(
    (a) =>
      (!f.status || a.status === f.status) &&
      (!f.kind || a.kind === f.kind) &&
      (!f.scope || a.scopeAreas.some((s) => s.key === f.scope)) &&
      (!f.party || a.parties.some((p) => p.slug === f.party)) &&
      (!f.year || a.referenceDate?.slice(0, 4) === String(f.year)),
  );
  const collator = new Intl.Collator(locale);
  if (f.sort === "title") return filtered.sort((a, b) => collator.compare(a.title[locale], b.title[locale]));
  const byDate = (a: ListedAgreement, b: ListedAgreement) => (a.referenceDate ?? "").localeCompare(b.referenceDate ?? "");
  return filtered.sort(f.sort === "oldest" ? byDate : (a, b) => byDate(b, a));
}

/** The query string for a filter set, leaving out defaults. */
export function filtersToQuery(f: Partial<ListFilters>): Record<string, string> {
  const q: Record<string, string> = {};
  if (f.status) q.status = f.status;
  if (f.kind) q.kind = f.kind;
  if (f.scope) q.scope = f.scope;
  if (f.party) q.party = f.party;
  if (f.year) q.year = String(f.year);
  if (f.sort && f.sort !== "newest") q.sort = f.sort;
  if (f.page && f.page > 1) q.page = String(f.page);
  return q;
}
