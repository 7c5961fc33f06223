BEGIN;

-- CreateEnum
CREATE TYPE "DateBound" AS ENUM ('ON_OR_BEFORE', 'ON_OR_AFTER');

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "cabinetApprovalBound" "DateBound",
ADD COLUMN "effectiveBound" "DateBound",
ADD COLUMN "expiresBound" "DateBound",
ADD COLUMN "signedBound" "DateBound";

-- AlterTable
ALTER TABLE "AgreementEvent" ADD COLUMN "bound" "DateBound";

COMMIT;
