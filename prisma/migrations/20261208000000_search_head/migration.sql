BEGIN;

-- A search ranked every match's whole document before taking the 20 shown:
-- at 100,000 records a two-word query matched ~20,000 documents of ~4.5 kB
-- each (document, words and passages in one wide row), read and ranked in
-- 110–330 ms (README, "Every read cheap, even the first").
--
-- "head": the document's title and kind, scope, party and signatory words
-- (its weights A and B), the part a match is first ranked on
-- (lib/search/query.ts). Kept in the row (STORAGE MAIN), while the table's
-- small toast_tuple_target moves the whole document, its words and its
-- passages out of line: a search's count and ranking read a narrow heap,
-- and the full document only for matches that are not in any head.
ALTER TABLE "SearchDocument" ADD COLUMN "head" tsvector;
ALTER TABLE "SearchDocument" ALTER COLUMN "head" SET STORAGE MAIN;
ALTER TABLE "SearchDocument" SET (toast_tuple_target = 128);
UPDATE "SearchDocument" SET "head" = ts_filter("document", '{a,b}');

-- Searches read published public records only ("public"): partial indexes
-- let a count be answered from the index and the visibility map alone.
DROP INDEX "SearchDocument_document_idx";
CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document") WHERE "public";
CREATE INDEX "SearchDocument_head_idx" ON "SearchDocument" USING GIN ("head") WHERE "public";

COMMIT;
