// A slug (lower-case ASCII words joined by hyphens) from a name or title:
// for the keys of entities a save creates (lib/editor/references.ts), and
// the form's first guess at a new record's address from its English title.
export function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return slug || "item";
}
