BEGIN;

-- CreateTable
CREATE TABLE "SourceArchive" (
    "sourceId" INTEGER NOT NULL,
    "mediaType" TEXT NOT NULL,
    "fileName" TEXT,
    "content" BYTEA,
    "text" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "byteSize" INTEGER NOT NULL,
    "retrievedOn" DATE,
    "archivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "archivedById" TEXT,
    "archivedByEmail" TEXT NOT NULL,

    CONSTRAINT "SourceArchive_pkey" PRIMARY KEY ("sourceId")
);

-- AddForeignKey
ALTER TABLE "SourceArchive" ADD CONSTRAINT "SourceArchive_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AlterTable
ALTER TABLE "Citation" ADD COLUMN "quoteFound" BOOLEAN;

-- CreateIndex
CREATE INDEX "Citation_quoteFound_agreementId_idx" ON "Citation"("quoteFound", "agreementId");

-- AlterTable
ALTER TABLE "Agreement" ADD COLUMN "uncitedFacts" INTEGER;

-- CreateTable
CREATE TABLE "EntityRevision" (
    "id" SERIAL NOT NULL,
    "entity" TEXT NOT NULL,
    "entityId" INTEGER NOT NULL,
    "action" TEXT NOT NULL,
    "userId" TEXT,
    "actorEmail" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "changes" JSONB NOT NULL DEFAULT '[]',
    "agreementIds" INTEGER[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EntityRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EntityRevision_entity_entityId_createdAt_idx" ON "EntityRevision"("entity", "entityId", "createdAt");

COMMIT;
