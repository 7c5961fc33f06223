-- Shared entities get a version, as records have: two editors correcting the
-- same person, organization or scope area at once no longer both succeed
-- (the later one from a stale form gets a conflict, issue 26 part 4)
BEGIN;
ALTER TABLE "Organization" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "Person" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
ALTER TABLE "ScopeArea" ADD COLUMN "version" INTEGER NOT NULL DEFAULT 1;
COMMIT;
