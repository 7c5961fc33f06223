// Turns a committed write into the cache invalidations it needs. Called by
// the write gate (lib/api/write.ts) after the transaction has committed, so
// no reader can refill the cache with the state before the write.
import { revalidateTag } from "next/cache";
import { renderOnWrite } from "@/lib/cache/render-on-write";
import { noteExpired } from "@/lib/server/local-expirations.mjs";
import { LISTS, recordTag } from "@/lib/cache/tags.mjs";

/** What a write changed of what the public can see. */
export interface PublicChange {
  /** Slugs whose public reads are now out of date: the record's old and new ones and those of the records related to it. */
  slugs: string[];
  /** False when nothing public changed (a draft or internal record saved), and then nothing is invalidated. */
  public: boolean;
  /** Tags of other public reads the write made stale (a source's page: lib/cache/tags.mjs). */
  tags?: string[];
}

export const NO_PUBLIC_CHANGE: PublicChange = { slugs: [], public: false };

/** The tags a change expires; empty when it changed nothing public. */
export function tagsFor(change: PublicChange): string[] {
  return change.public ? [...new Set([LISTS, ...change.slugs.map(recordTag), ...(change.tags ?? [])])] : [];
}

export function invalidatePublicReads(change: PublicChange): string[] {
  const tags = tagsFor(change);
  // Outside a Next.js server (scripts, tests that call a handler directly)
  // there is no cache to expire, and revalidateTag would throw.
  if (!process.env.NEXT_RUNTIME) return tags;
  // Expired at once rather than served stale while refreshed: an editor who
  // publishes expects the public page to show it on the next load.
  // Known here at once, before the answer to the save goes out: the shared
  // store's record of it in the database follows a moment later.
  noteExpired(tags, Date.now());
  for (const tag of tags) revalidateTag(tag, { expire: 0 });
  // Rendered again now, by the writer, for every instance's first reader.
  if (change.public) renderOnWrite(change.slugs);
  return tags;
}
