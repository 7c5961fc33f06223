-- Search index and former slugs. One transaction, like every migration.
BEGIN;

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "SearchDocument" (
    "agreementId" INTEGER NOT NULL,
    "document" tsvector NOT NULL,
    "words" TEXT NOT NULL,
    "passages" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SearchDocument_pkey" PRIMARY KEY ("agreementId")
);

-- CreateTable
CREATE TABLE "SlugRedirect" (
    "slug" TEXT NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "SlugRedirect_pkey" PRIMARY KEY ("slug")
);

-- AddForeignKey
ALTER TABLE "SearchDocument" ADD CONSTRAINT "SearchDocument_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SlugRedirect" ADD CONSTRAINT "SlugRedirect_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Whole-word search with ranking, and trigram matching for typos and parts of words.
CREATE INDEX "SearchDocument_document_idx" ON "SearchDocument" USING GIN ("document");
CREATE INDEX "SearchDocument_words_trgm_idx" ON "SearchDocument" USING GIN ("words" gin_trgm_ops);

COMMIT;
