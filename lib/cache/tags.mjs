// Cache tags of public reads. Lists, counts, feeds, the sitemap and search
// show many records at once and carry LISTS; a record's own page and API
// answer carry its slug's tag. A write to a public record expires LISTS, the
// tags of its old and new slugs, and those of the records related to it
// (their pages show its title, and a successor decides a predecessor's
// status): its page, the pages that show it, and every list.
//
// Plain JavaScript: the server before Next (lib/server/answer-store.mjs)
// tags the answers it keeps with these too.
export const LISTS = "public:lists";
export const recordTag = (slug) => `public:agreement:${slug}`;
// A source's public page (its archived copy and the records citing it).
export const sourceTag = (key) => `public:source:${key}`;

const RECORD_PAGE = /^\/[a-z]{2}\/agreements\/([^/~]+)$/;
const RECORD_API = /^\/api\/v1\/agreements\/([^/]+)$/;

/**
 * The tags of a whole public answer, from its canonical path: a record's page
 * (each language) and its API answer read that record alone
 * (lib/cache/public-reads.ts: publicAgreement, publicApiRecord), so they end
 * with its slug's tag; any other public answer shows many records and ends
 * with LISTS, which every public write expires.
 */
export function answerTags(path) {
  const record = RECORD_PAGE.exec(path) ?? RECORD_API.exec(path);
  if (record) {
    try {
      return [recordTag(decodeURIComponent(record[1]))];
    } catch {
      return [LISTS];
    }
  }
  return [LISTS];
}
