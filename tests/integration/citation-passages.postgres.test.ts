// The migration that made citations passages (20261205010000_citation_passages)
// keeps every citation of every record: the seeded registry is put back in
// the shape before it (one row per fact, the passage copied onto each, as
// the seed wrote it until then), the migration runs again, and every fact's
// passage, source, renderings, notes, disagreement and quote check come
// back, with the copies of a passage made one.
import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { migrateDeploy } from "@/lib/db/migrate";
import { queryOnce } from "@/lib/db/query";
import { seed } from "@/prisma/seed";
import { throwawayDatabase, type ThrowawayDatabase } from "../setup/databases";

const MIGRATION = "20261205010000_citation_passages";
let scratch: ThrowawayDatabase;
let client: PrismaClient;

// Every fact with its passage, ids left out: what a reader of the record sees.
const FLAT = `
  SELECT c."agreementId", c."sourceId", f."fact", f."partyId", f."signatoryId", f."scopeAreaLinkId", f."eventId", f."relationId",
         c."quote", c."quoteEn", c."quoteTh", c."contradicts", c."noteTh", c."noteEn", c."noteJa", c."quoteFound"
  FROM "CitationFact" f JOIN "Citation" c ON c."id" = f."citationId"
  ORDER BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15`;
const ROW_COLUMNS = `"fact", "partyId", "signatoryId", "scopeAreaLinkId", "eventId", "relationId"`;
const PASSAGE_COLUMNS = `"agreementId", "sourceId", "quote", "quoteEn", "quoteTh", "contradicts", "noteTh", "noteEn", "noteJa", "quoteFound"`;

// The schema before the migration, with the data in it as it was kept then.
const BACK_TO_ONE_ROW_PER_FACT = `
BEGIN;
ALTER TABLE "Citation" ADD COLUMN "fact" TEXT, ADD COLUMN "partyId" INTEGER, ADD COLUMN "signatoryId" INTEGER,
  ADD COLUMN "scopeAreaLinkId" INTEGER, ADD COLUMN "eventId" INTEGER, ADD COLUMN "relationId" INTEGER;
-- The first fact of each passage on its own row, every other fact on a copy of it.
UPDATE "Citation" c SET ("fact", "partyId", "signatoryId", "scopeAreaLinkId", "eventId", "relationId") =
  (SELECT ${ROW_COLUMNS} FROM "CitationFact" f WHERE f."citationId" = c."id" ORDER BY f."id" LIMIT 1);
INSERT INTO "Citation" (${PASSAGE_COLUMNS}, ${ROW_COLUMNS})
  SELECT ${PASSAGE_COLUMNS.split(", ").map((col) => `c.${col}`).join(", ")}, ${ROW_COLUMNS.split(", ").map((col) => `f.${col}`).join(", ")}
  FROM "CitationFact" f JOIN "Citation" c ON c."id" = f."citationId"
  WHERE f."id" <> (SELECT MIN(g."id") FROM "CitationFact" g WHERE g."citationId" = c."id")
  ORDER BY f."id";
DROP TABLE "CitationFact";
DROP INDEX "Citation_agreementId_idx";
ALTER TABLE "Citation" DROP COLUMN "quoteJa", ALTER COLUMN "fact" SET NOT NULL;
ALTER TABLE "Agreement" DROP COLUMN "signedAtTh", DROP COLUMN "signedAtEn", DROP COLUMN "signedAtJa";
CREATE INDEX "Citation_agreementId_fact_idx" ON "Citation"("agreementId", "fact");
CREATE INDEX "Citation_partyId_idx" ON "Citation"("partyId");
CREATE INDEX "Citation_signatoryId_idx" ON "Citation"("signatoryId");
CREATE INDEX "Citation_scopeAreaLinkId_idx" ON "Citation"("scopeAreaLinkId");
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");
CREATE INDEX "Citation_relationId_idx" ON "Citation"("relationId");
DELETE FROM "_prisma_migrations" WHERE "migration_name" = '${MIGRATION}';
COMMIT;`;

beforeAll(async () => {
  scratch = await throwawayDatabase("passages");
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: scratch.url }) });
  await seed(client);
}, 240_000);

afterAll(async () => {
  await client?.$disconnect();
  await scratch?.drop();
});

describe("citations become passages (migration)", () => {
  it("keeps every citation of every record, in count and content, and makes a passage's copies one", async () => {
    const before = await queryOnce<Record<string, unknown>>(scratch.url, FLAT);
    const passagesBefore = await client.citation.count();
    // The seed's passages back many facts each (the 2015 Joint Statement's lead backs a dozen).
    expect(before.length).toBeGreaterThan(passagesBefore);
    expect(before.length).toBeGreaterThan(100);

    await client.$disconnect();
    await queryOnce(scratch.url, BACK_TO_ONE_ROW_PER_FACT);
    const oldRows = await queryOnce<{ id: number; fact: string; noteEn: string | null }>(scratch.url, `SELECT "id", "fact", "noteEn" FROM "Citation" ORDER BY "id"`);
    expect(oldRows.length).toBe(before.length);
    // Two rows an editor could have left before passages: the same passage
    // cited twice for the same fact, and a copy whose note differs.
    const first = oldRows[0]!;
    await queryOnce(scratch.url, `INSERT INTO "Citation" (${PASSAGE_COLUMNS}, ${ROW_COLUMNS}) SELECT ${PASSAGE_COLUMNS}, ${ROW_COLUMNS} FROM "Citation" WHERE "id" = ${first.id}`);
    await queryOnce(scratch.url, `INSERT INTO "Citation" (${PASSAGE_COLUMNS}, ${ROW_COLUMNS}) SELECT ${PASSAGE_COLUMNS.replace(`"noteEn"`, `'A note of its own'`)}, ${ROW_COLUMNS.replace(`"fact"`, `'legalNature'`)} FROM "Citation" WHERE "id" = ${first.id}`);

    await migrateDeploy(scratch.url);

    const after = await queryOnce<Record<string, unknown>>(scratch.url, FLAT);
    const withOwnNote = after.filter((r) => r.noteEn === "A note of its own");
    expect(withOwnNote.map((r) => r.fact)).toEqual(["legalNature"]);
    expect(after.filter((r) => r.noteEn !== "A note of its own")).toEqual(before);
    const [{ count }] = (await queryOnce<{ count: number }>(scratch.url, `SELECT COUNT(*)::int AS count FROM "Citation"`)) as [{ count: number }];
    // Every passage as it was, and the copy with its own note as one more.
    expect(count).toBe(passagesBefore + 1);
  }, 120_000);
});
