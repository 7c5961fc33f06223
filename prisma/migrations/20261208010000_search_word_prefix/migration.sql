BEGIN;

-- Whether longer indexed words begin with a query word (lib/search/query.ts,
-- prepareQuery) is a range in code point order: the primary key's collation
-- cannot answer it, and `LIKE word || '_%'` read the whole vocabulary.
CREATE INDEX "SearchWord_word_c_idx" ON "SearchWord" ("word" COLLATE "C");

COMMIT;
