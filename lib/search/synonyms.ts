// Search synonyms editors keep (issue 28): sets of terms, each a word or a
// phrase, where a query word equal to one term also matches the others
// (lib/search/query.ts). Terms are stored as the search compares them:
// lower-cased, NFC, spaces collapsed, each set without repeats.
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { termWords } from "./terms";

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

export function addSynonyms(db: PrismaClient, terms: string[]): Promise<SynonymSet> {
  return db.searchSynonym.create({ data: { terms }, select: { id: true, terms: true, updatedAt: true } });
}

/** Whether there was such a set. */
export async function deleteSynonyms(db: PrismaClient, id: number): Promise<boolean> {
  return (await db.searchSynonym.deleteMany({ where: { id } })).count > 0;
}
