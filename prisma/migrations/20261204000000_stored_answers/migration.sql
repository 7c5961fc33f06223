-- Whole public answers shared by every instance and kept across restarts
-- (lib/server/answer-store.mjs). One transaction, like every migration.
BEGIN;

-- CreateTable
CREATE TABLE "StoredAnswer" (
    "key" TEXT NOT NULL,
    "day" TEXT NOT NULL,
    "tags" TEXT[],
    "storedAt" BIGINT NOT NULL,
    "readAt" BIGINT NOT NULL,
    "headers" JSONB NOT NULL,
    "body" BYTEA NOT NULL,
    "bytes" INTEGER NOT NULL,

    CONSTRAINT "StoredAnswer_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "StoredAnswer_day_idx" ON "StoredAnswer"("day");

COMMIT;
