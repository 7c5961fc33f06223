-- The vocabulary of indexed words for typo and partial-word matching. One
-- transaction, like every migration.
BEGIN;

CREATE TABLE "SearchWord" (
    "word" TEXT NOT NULL,

    CONSTRAINT "SearchWord_pkey" PRIMARY KEY ("word")
);
CREATE INDEX "SearchWord_word_trgm_idx" ON "SearchWord" USING GIN ("word" gin_trgm_ops);

-- Words of documents indexed before this table existed.
INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w FROM "SearchDocument", unnest(string_to_array("words", ' ')) AS w WHERE w <> ''
ON CONFLICT DO NOTHING;

-- Matching no longer scans documents' text by trigram.
DROP INDEX "SearchDocument_words_trgm_idx";

COMMIT;
