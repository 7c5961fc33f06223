BEGIN;

-- A stored answer is good from the Bangkok day it was rendered on until the
-- first day it may no longer be true (exclusive), not for its day alone: a
-- record page stays true until its status or current period changes
-- (lib/agreements/serialize.ts, viewChangesOn). NULL means no later day
-- changes it. Answers stored before this were good for their day only.
ALTER TABLE "StoredAnswer" ADD COLUMN "until" TEXT;
UPDATE "StoredAnswer" SET "until" = to_char(("day"::date + 1), 'YYYY-MM-DD');
CREATE INDEX "StoredAnswer_until_idx" ON "StoredAnswer"("until");

COMMIT;
