-- The search vocabulary (typo tolerance) holds the words of published public
-- records only (issue 26 part 7, lib/search/index-agreement.ts): rebuilt once
-- from their index documents, dropping the words drafts and internal records
-- had put there
BEGIN;
DELETE FROM "SearchWord";
INSERT INTO "SearchWord" ("word")
SELECT DISTINCT w FROM "SearchDocument" s
JOIN "Agreement" a ON a."id" = s."agreementId",
LATERAL unnest(string_to_array(s."words", ' ')) AS w
WHERE a."publicationState" = 'PUBLISHED' AND a."visibility" = 'PUBLIC' AND w <> ''
ON CONFLICT DO NOTHING;
COMMIT;
