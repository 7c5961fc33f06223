-- PostgreSQL does not index foreign keys by itself. Without these, reading one
-- record's signatories or events, or deleting a record's rows at a save (and
-- the citations that cascade from them), scanned the whole table: at 20,000
-- records, 670 million signatory rows read while saving 18,000 records.
BEGIN;
CREATE INDEX "Signatory_agreementId_idx" ON "Signatory"("agreementId");
CREATE INDEX "Signatory_personId_idx" ON "Signatory"("personId");
CREATE INDEX "Signatory_organizationId_idx" ON "Signatory"("organizationId");
CREATE INDEX "AgreementEvent_agreementId_idx" ON "AgreementEvent"("agreementId");
CREATE INDEX "AgreementParty_organizationId_idx" ON "AgreementParty"("organizationId");
CREATE INDEX "AgreementScopeArea_scopeAreaId_idx" ON "AgreementScopeArea"("scopeAreaId");
CREATE INDEX "Citation_sourceId_idx" ON "Citation"("sourceId");
CREATE INDEX "Citation_partyId_idx" ON "Citation"("partyId");
CREATE INDEX "Citation_signatoryId_idx" ON "Citation"("signatoryId");
CREATE INDEX "Citation_scopeAreaLinkId_idx" ON "Citation"("scopeAreaLinkId");
CREATE INDEX "Citation_eventId_idx" ON "Citation"("eventId");
CREATE INDEX "Citation_relationId_idx" ON "Citation"("relationId");
COMMIT;
