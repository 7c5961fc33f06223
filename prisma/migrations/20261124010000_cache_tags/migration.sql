-- Cache tag expirations shared by every app instance on this database
-- (lib/cache/shared-cache-handler.mjs). One transaction, like every migration.
BEGIN;

-- CreateTable
CREATE TABLE "CacheTagExpiration" (
    "tag" TEXT NOT NULL,
    "expiredAt" BIGINT NOT NULL,

    CONSTRAINT "CacheTagExpiration_pkey" PRIMARY KEY ("tag")
);


COMMIT;
