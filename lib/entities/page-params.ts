// The list pages' search and page number, read the same way everywhere.
export function listParams(raw: { q?: string; page?: string }): { q: string; page: number } {
  const q = (raw.q ?? "").trim().slice(0, 200);
  const n = Number(raw.page);
  // A page number out of range (or not a number) shows the first page.
  return { q, page: Number.isInteger(n) && n >= 1 && n <= 1_000_000 ? n : 1 };
}

/** A list page's address with its search and page number (empty ones left out). */
export function listHref(base: string, q: string, page: number): string {
  const query = new URLSearchParams();
  if (q) query.set("q", q);
  if (page > 1) query.set("page", String(page));
  const text = query.toString();
  return text ? `${base}?${text}` : base;
}
