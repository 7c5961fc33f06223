BEGIN;

-- (No semicolons in these comments or in the function below: the migration
-- engine splits the script at every one. The function body spells them
-- \073 in an escaped string.)
--
-- The version of the public search index: raised by every transaction that
-- writes, rewrites or deletes a search document, when it commits. A search
-- keeps the sets of records each word matches in memory
-- (lib/search/held-postings.ts) and reads this version in the statement
-- that shows its page: the sets are used only while it is the version they
-- were read at, so a search is as fresh as the database, on every instance.
--
-- A deferred constraint trigger runs at commit, so a save holds the lock on
-- this one row only for the moment of its commit.
CREATE TABLE "SearchVersion" (
  "id" INTEGER NOT NULL DEFAULT 1,
  "version" BIGINT NOT NULL DEFAULT 0,
  CONSTRAINT "SearchVersion_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "SearchVersion_one_row" CHECK ("id" = 1)
);
INSERT INTO "SearchVersion" ("id", "version") VALUES (1, 0);

CREATE FUNCTION "search_version_raise"() RETURNS trigger LANGUAGE plpgsql AS
  E'BEGIN UPDATE "SearchVersion" SET "version" = "version" + 1 WHERE "id" = 1\073 RETURN NULL\073 END';

CREATE CONSTRAINT TRIGGER "SearchDocument_version" AFTER INSERT OR UPDATE OR DELETE ON "SearchDocument"
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION "search_version_raise"();

COMMIT;
