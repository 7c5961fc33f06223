BEGIN;

-- Japanese texts beside the Thai and English ones (issue 13): optional, as
-- the Japanese title and summary already are. Pages fall back to
-- the English text, labelled, where a Japanese one is missing.
ALTER TABLE "Signatory" ADD COLUMN "positionJa" TEXT;
ALTER TABLE "ScopeArea" ADD COLUMN "labelJa" TEXT;
ALTER TABLE "AgreementEvent" ADD COLUMN "descriptionJa" TEXT;
ALTER TABLE "AgreementRelation" ADD COLUMN "noteJa" TEXT;
ALTER TABLE "Citation" ADD COLUMN "noteJa" TEXT;

-- The Japanese list sorted by title reads its titles, or the English ones
-- where a record has none, in the same ICU order as the Thai and English
-- lists (migration 20261124000000_listing), and lib/agreements/listing.ts uses
-- this very expression, so the index serves it.
CREATE INDEX "Agreement_public_titleJa_idx" ON "Agreement" ((COALESCE("titleJa", "titleEn") COLLATE "und-x-icu"), "id")
  WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC';

-- E-mail reminders may be asked for in Japanese too.
ALTER TABLE "ReminderSettings" DROP CONSTRAINT "ReminderSettings_language_check";
ALTER TABLE "ReminderSettings" ADD CONSTRAINT "ReminderSettings_language_check" CHECK ("language" IN ('th', 'en', 'ja'));

COMMIT;
