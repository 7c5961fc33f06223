-- Computed deadlines, derived at each save (lib/agreements/derived.ts), and the
-- version of the derivation each record was last derived with: records of
-- an older version are derived again when the app starts (prisma/seed.ts).
BEGIN;

ALTER TABLE "Agreement" ADD COLUMN "derivedVersion" INTEGER NOT NULL DEFAULT 0;

CREATE TABLE "AgreementDeadline" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "firstOn" DATE NOT NULL,
    "lastOn" DATE NOT NULL,
    "precision" TEXT NOT NULL,
    "basis" TEXT NOT NULL,
    CONSTRAINT "AgreementDeadline_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "AgreementDeadline_kind_check" CHECK ("kind" IN ('END', 'NOTICE', 'RENEWAL')),
    CONSTRAINT "AgreementDeadline_order_check" CHECK ("firstOn" <= "lastOn")
);

CREATE INDEX "AgreementDeadline_agreementId_idx" ON "AgreementDeadline"("agreementId");
CREATE INDEX "AgreementDeadline_lastOn_firstOn_idx" ON "AgreementDeadline"("lastOn", "firstOn");

ALTER TABLE "AgreementDeadline" ADD CONSTRAINT "AgreementDeadline_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

COMMIT;
