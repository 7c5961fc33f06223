BEGIN;

-- A relevance search now finds its matches once, by the document's index,
-- and tells the heads among them row by row (the head is in the row it
-- visits anyway, lib/search/query.ts): the head's own index found the same
-- rows a second time, visiting their table pages again, and no statement
-- reads it any more. Dropped, so a save no longer updates it.
DROP INDEX IF EXISTS "SearchDocument_head_idx";

COMMIT;
