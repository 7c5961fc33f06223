BEGIN;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN "contradicts" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "quoteTh" TEXT;

COMMIT;
