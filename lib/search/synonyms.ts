// Search synonyms editors keep (issue 28): sets of terms, each a word or a
// phrase, where a query word equal to one term also matches the others
// (lib/search/query.ts). Terms are stored as the search compares them:
// lower-cased, NFC, spaces collapsed, each set without repeats.
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { termWords } from "./terms";
import { vocabularyChanged } from "./word-lookups";

const term = z
  .string()
  .transform((t) => t.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase())
  .pipe(z.string().min(1, { error: "termEmpty" }).max(100, { error: "termTooLong" }))
  // A term of punctuation only would match nothing: the search splits it into no word.
  .refine((t) => termWords(t).length > 0, { error: "termNoWords" });

export const synonymSetSchema = z.object({
  terms: z
    .array(term)
    .max(20, { error: "tooManyTerms" })
    .transform((terms) => [...new Set(terms)])
    .refine((terms) => terms.length >= 2, { error: "twoTerms" }),
});

export interface SynonymSet {
  id: number;
  terms: string[];
  updatedAt: Date;
}

export function listSynonyms(db: PrismaClient): Promise<SynonymSet[]> {
  return db.searchSynonym.findMany({ orderBy: { id: "asc" }, select: { id: true, terms: true, updatedAt: true } });
}

// A change to the synonyms changes what query words mean: the lookups
// searches keep for a moment are dropped (lib/search/word-lookups.ts).
export async function addSynonyms(db: PrismaClient, terms: string[]): Promise<SynonymSet> {
  const set = await db.searchSynonym.create({ data: { terms }, select: { id: true, terms: true, updatedAt: true } });
  vocabularyChanged();
  return set;
}

/** Whether there was such a set. */
export async function deleteSynonyms(db: PrismaClient, id: number): Promise<boolean> {
  const deleted = (await db.searchSynonym.deleteMany({ where: { id } })).count > 0;
  if (deleted) vocabularyChanged();
  return deleted;
}
