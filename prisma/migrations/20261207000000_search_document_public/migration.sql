BEGIN;

-- Whether a search document was written for a published public record: only
-- such a record put its words in the vocabulary ("SearchWord"), so only its
-- next save may have to take some away (lib/search/index-agreement.ts).
ALTER TABLE "SearchDocument" ADD COLUMN "public" BOOLEAN NOT NULL DEFAULT false;
UPDATE "SearchDocument" s SET "public" = true
  FROM "Agreement" a WHERE a."id" = s."agreementId" AND a."publicationState" = 'PUBLISHED' AND a."visibility" = 'PUBLIC';

COMMIT;
