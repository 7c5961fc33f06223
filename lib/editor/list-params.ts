// The staff list pages' search, filters and page number, read and written
// the same way by every list (records, sources, organizations, people,
// scope areas).
export function listParams(raw: { q?: string; page?: string }): { q: string; page: number } {
  const q = (raw.q ?? "").trim().slice(0, 200);
  const n = Number(raw.page);
  // A page number out of range (or not a number) shows the first page.
  return { q, page: Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : 1 };
}

/** A list page's address with these filters (empty ones, and page 1, left out). */
export function listHref(base: string, filters: Record<string, string | number | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(filters)) if (value && !(name === "page" && value === 1)) query.set(name, String(value));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
