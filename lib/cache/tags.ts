// Cache tags of public reads. Lists, counts, feeds, the sitemap and search
// show many records at once and carry LISTS; a record's own page and API
// answer carry its slug's tag. A write to a public record expires LISTS, the
// tags of its old and new slugs, and those of the records related to it
// (their pages show its title, and a successor decides a predecessor's
// status): its page, the pages that show it, and every list.
export const LISTS = "public:lists";
export const recordTag = (slug: string) => `public:agreement:${slug}`;
// A source's public page (its archived copy and the records citing it).
export const sourceTag = (key: string) => `public:source:${key}`;
