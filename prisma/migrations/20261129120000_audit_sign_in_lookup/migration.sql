BEGIN;

-- A client's earlier successful sign-ins to an account: a client that signed
-- in before is not slowed by failures from elsewhere (lib/auth/failed-sign-ins.ts).
-- CreateIndex
CREATE INDEX "AuditEntry_actorEmail_action_client_idx" ON "AuditEntry"("actorEmail", "action", "client");

COMMIT;
