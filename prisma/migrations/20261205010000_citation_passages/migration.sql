BEGIN;

-- Citations become passages (issue 27): a passage of a source is stored once
-- and backs any number of facts (CitationFact). Until now each fact had its
-- own copy of the passage. Copies of one record that agree in everything
-- (source, quote, renderings, notes, disagreement) become one passage, the
-- lowest id kept, with every fact the copies backed.

-- CreateTable
CREATE TABLE "CitationFact" (
    "id" SERIAL NOT NULL,
    "citationId" INTEGER NOT NULL,
    "fact" TEXT NOT NULL,
    "partyId" INTEGER,
    "signatoryId" INTEGER,
    "scopeAreaLinkId" INTEGER,
    "eventId" INTEGER,
    "relationId" INTEGER,

    CONSTRAINT "CitationFact_pkey" PRIMARY KEY ("id")
);

-- The fact of each old row, moved to the passage it is a copy of. Window
-- partitions group NULLs together, as the empty renderings of copies are.
CREATE TEMPORARY TABLE citation_keeper ON COMMIT DROP AS
SELECT "id", MIN("id") OVER (
    PARTITION BY "agreementId", "sourceId", "quote", "quoteEn", "quoteTh", "contradicts", "noteTh", "noteEn", "noteJa"
  ) AS "keep"
FROM "Citation";

INSERT INTO "CitationFact" ("citationId", "fact", "partyId", "signatoryId", "scopeAreaLinkId", "eventId", "relationId")
SELECT k."keep", c."fact", c."partyId", c."signatoryId", c."scopeAreaLinkId", c."eventId", c."relationId"
FROM "Citation" c JOIN citation_keeper k ON k."id" = c."id"
-- The same passage cited twice for one fact is one link.
WHERE NOT EXISTS (
  SELECT 1 FROM "Citation" d JOIN citation_keeper dk ON dk."id" = d."id"
  WHERE dk."keep" = k."keep" AND d."id" < c."id" AND d."fact" = c."fact"
    AND d."partyId" IS NOT DISTINCT FROM c."partyId" AND d."signatoryId" IS NOT DISTINCT FROM c."signatoryId"
    AND d."scopeAreaLinkId" IS NOT DISTINCT FROM c."scopeAreaLinkId" AND d."eventId" IS NOT DISTINCT FROM c."eventId"
    AND d."relationId" IS NOT DISTINCT FROM c."relationId"
)
ORDER BY c."id";

DELETE FROM "Citation" c USING citation_keeper k WHERE k."id" = c."id" AND k."keep" <> c."id";

-- DropIndex
DROP INDEX "Citation_agreementId_fact_idx";
DROP INDEX "Citation_partyId_idx";
DROP INDEX "Citation_signatoryId_idx";
DROP INDEX "Citation_scopeAreaLinkId_idx";
DROP INDEX "Citation_eventId_idx";
DROP INDEX "Citation_relationId_idx";

-- AlterTable
ALTER TABLE "Citation" DROP COLUMN "eventId",
DROP COLUMN "fact",
DROP COLUMN "partyId",
DROP COLUMN "relationId",
DROP COLUMN "scopeAreaLinkId",
DROP COLUMN "signatoryId",
ADD COLUMN     "quoteJa" TEXT;

-- The place of signing (issue 27), in the three languages.
ALTER TABLE "Agreement" ADD COLUMN "signedAtEn" TEXT,
ADD COLUMN     "signedAtJa" TEXT,
ADD COLUMN     "signedAtTh" TEXT;

-- CreateIndex
CREATE INDEX "CitationFact_citationId_fact_idx" ON "CitationFact"("citationId", "fact");
CREATE INDEX "CitationFact_partyId_idx" ON "CitationFact"("partyId");
CREATE INDEX "CitationFact_signatoryId_idx" ON "CitationFact"("signatoryId");
CREATE INDEX "CitationFact_scopeAreaLinkId_idx" ON "CitationFact"("scopeAreaLinkId");
CREATE INDEX "CitationFact_eventId_idx" ON "CitationFact"("eventId");
CREATE INDEX "CitationFact_relationId_idx" ON "CitationFact"("relationId");
CREATE INDEX "Citation_agreementId_idx" ON "Citation"("agreementId");

-- AddForeignKey
ALTER TABLE "CitationFact" ADD CONSTRAINT "CitationFact_citationId_fkey" FOREIGN KEY ("citationId") REFERENCES "Citation"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CitationFact" ADD CONSTRAINT "CitationFact_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "AgreementParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CitationFact" ADD CONSTRAINT "CitationFact_signatoryId_fkey" FOREIGN KEY ("signatoryId") REFERENCES "Signatory"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CitationFact" ADD CONSTRAINT "CitationFact_scopeAreaLinkId_fkey" FOREIGN KEY ("scopeAreaLinkId") REFERENCES "AgreementScopeArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CitationFact" ADD CONSTRAINT "CitationFact_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AgreementEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "CitationFact" ADD CONSTRAINT "CitationFact_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "AgreementRelation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
