BEGIN;
-- Saves look up the records related to one from either end (lib/editor/save.ts).
CREATE INDEX "AgreementRelation_toId_idx" ON "AgreementRelation"("toId");
COMMIT;
