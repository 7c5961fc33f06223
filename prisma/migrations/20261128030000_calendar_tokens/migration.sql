-- Staff members' private calendar feed tokens, stored as SHA-256 hashes.
BEGIN;
CREATE TABLE "CalendarToken" (
    "id" SERIAL NOT NULL,
    "userId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revokedAt" TIMESTAMP(3),
    CONSTRAINT "CalendarToken_pkey" PRIMARY KEY ("id")
);
CREATE UNIQUE INDEX "CalendarToken_tokenHash_key" ON "CalendarToken"("tokenHash");
CREATE INDEX "CalendarToken_userId_idx" ON "CalendarToken"("userId");
ALTER TABLE "CalendarToken" ADD CONSTRAINT "CalendarToken_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;
COMMIT;
