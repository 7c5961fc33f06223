BEGIN;

-- (No semicolons in these comments: the migration engine splits the script at every one.)

-- Distinct searches at 100,000 records (issue 25): every match row was
-- visited, and the rows were ~1.9 kB each because the head (weights A and
-- B, ~1.6 kB: titles, years, kind, scope areas, and the names of parties
-- and signatories in three languages) was kept in them. The heap of the
-- table, 221 MB, did not fit the default 128 MB of shared buffers, so a
-- search read most of the pages of its matches back from the file cache of
-- the system (~25 to 45 µs a page on this machine, and for a query matching a fifth
-- of the registry, 700 ms).
--
-- "title": the weight A of the document alone (titles and years, ~0.5 kB),
-- kept in the row (STORAGE MAIN): a match is ranked on it first
-- (lib/search/query.ts). The head goes, the heap becomes ~0.6 kB a row
-- (72 MB at 100,000) and the pages a search reads stay in shared buffers.
ALTER TABLE "SearchDocument" ADD COLUMN "title" tsvector;
ALTER TABLE "SearchDocument" ALTER COLUMN "title" SET STORAGE MAIN;
UPDATE "SearchDocument" SET "title" = ts_filter("document", '{a}');
ALTER TABLE "SearchDocument" DROP COLUMN "head";

-- The values of a dropped column stay in every row until the row is written
-- again: the table is rewritten (in the order of its primary key) so the
-- heap shrinks now, and its indexes are rebuilt whole (a GIN index grown by
-- inserts was twice the size, and its scans ~2.5 times slower).
CLUSTER "SearchDocument" USING "SearchDocument_pkey";
ANALYZE "SearchDocument";

COMMIT;
