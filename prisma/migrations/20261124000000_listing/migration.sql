-- Listing in SQL at any size: each record's reference date and its status as
-- periods of time, written at each save (lib/agreements/derived.ts). Rows
-- saved before this migration get their periods from the seed step that
-- every start runs. One transaction, like every migration.
BEGIN;

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN     "referenceOn" DATE,
ADD COLUMN     "referencePrecision" "DatePrecision";

-- CreateTable
CREATE TABLE "AgreementStatusPeriod" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "status" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    "startsOn" DATE,
    "endsBefore" DATE,

    CONSTRAINT "AgreementStatusPeriod_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgreementStatusPeriod_agreementId_startsOn_idx" ON "AgreementStatusPeriod"("agreementId", "startsOn");

-- CreateIndex
CREATE INDEX "AgreementStatusPeriod_status_startsOn_idx" ON "AgreementStatusPeriod"("status", "startsOn");

-- AddForeignKey
ALTER TABLE "AgreementStatusPeriod" ADD CONSTRAINT "AgreementStatusPeriod_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;


ALTER TABLE "Agreement" ADD CONSTRAINT "Agreement_reference_precision_check"
  CHECK (("referenceOn" IS NULL) = ("referencePrecision" IS NULL));
ALTER TABLE "AgreementStatusPeriod" ADD CONSTRAINT "AgreementStatusPeriod_order_check"
  CHECK ("startsOn" IS NULL OR "endsBefore" IS NULL OR "startsOn" < "endsBefore");

-- Public lists read published public rows in one of these orders, a page at
-- a time (lib/agreements/listing.ts). Newest first reads the first index
-- forwards, oldest first backwards. Titles sort by ICU's root collation,
-- which orders Thai correctly (leading vowels such as เ and ไ sort by the
-- consonant that follows) and is present both in PostgreSQL built with ICU
-- and in PGlite.
CREATE INDEX "Agreement_public_reference_idx" ON "Agreement" ("referenceOn" DESC NULLS LAST, "slug" DESC)
  WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC';
CREATE INDEX "Agreement_public_updated_idx" ON "Agreement" ("updatedAt" DESC)
  WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC';
CREATE INDEX "Agreement_public_titleTh_idx" ON "Agreement" ("titleTh" COLLATE "und-x-icu", "id")
  WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC';
CREATE INDEX "Agreement_public_titleEn_idx" ON "Agreement" ("titleEn" COLLATE "und-x-icu", "id")
  WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC';

-- The reference date of existing records (lib/agreements/serialize.ts,
-- referenceDate): the signature, else the earliest dated step towards it.
UPDATE "Agreement" a SET "referenceOn" = a."signedOn", "referencePrecision" = a."signedPrecision" WHERE a."signedOn" IS NOT NULL;
UPDATE "Agreement" a SET "referenceOn" = e."occurredOn", "referencePrecision" = e."precision"
FROM (
  SELECT DISTINCT ON ("agreementId") "agreementId", "occurredOn", "precision"
  FROM "AgreementEvent"
  WHERE "occurredOn" IS NOT NULL AND "type" IN ('SIGNING', 'EXCHANGE', 'PLANNED_SIGNING', 'CABINET_APPROVAL')
  ORDER BY "agreementId", "occurredOn"
) e
WHERE e."agreementId" = a."id" AND a."signedOn" IS NULL;

COMMIT;
