import type { PrismaClient } from "@/lib/generated/prisma/client";
import { segmentWords } from "./segment";
import type { Passage } from "./index-agreement";

export interface SearchHit {
  id: number;
  rank: number;
  passages: Passage[];
}

/**
 * Published, public agreements matching the query, best first. A document
 * matches when it has every query word (or a word starting with it), when a
 * query word is a close misspelling of one of its words (trigram word
 * similarity, e.g. "Takaici"), or when the segmented query occurs inside it.
 */
export async function searchAgreements(db: PrismaClient, query: string): Promise<SearchHit[]> {
  const words = segmentWords(query);
  if (words.length === 0) return [];
  const tsquery = words.map((w) => `${w}:*`).join(" & ");
  const plain = words.join(" ");
  const rows = await db.$queryRaw<Array<{ id: number; rank: number; passages: Passage[] }>>`
    SELECT a."id",
           (ts_rank_cd(s."document", to_tsquery('simple', ${tsquery}), 1) * 10
             + word_similarity(${plain}, s."words")
             + CASE WHEN s."document" @@ to_tsquery('simple', ${tsquery}) THEN 1 ELSE 0 END)::float8 AS "rank",
           s."passages"
    FROM "SearchDocument" s
    JOIN "Agreement" a ON a."id" = s."agreementId"
    WHERE a."publicationState" = 'PUBLISHED' AND a."visibility" = 'PUBLIC'
      AND (s."document" @@ to_tsquery('simple', ${tsquery})
           OR ${plain} <% s."words"
           OR s."words" LIKE ${`%${plain}%`})
    ORDER BY "rank" DESC, a."id"`;
  return rows.map((r) => ({ id: r.id, rank: Number(r.rank), passages: r.passages }));
}
