-- Each migration runs in one transaction: Prisma does not wrap them, and a
-- failure half-way must leave the database as it was (tests/integration/migrations.test.ts).
BEGIN;

-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "AgreementKind" AS ENUM ('JOINT_STATEMENT', 'MEMORANDUM_OF_COOPERATION', 'MEMORANDUM_OF_UNDERSTANDING', 'OTHER');

-- CreateEnum
CREATE TYPE "LegalNature" AS ENUM ('NON_BINDING', 'LEGALLY_BINDING');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'INTERNAL');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "SignatoryRole" AS ENUM ('SIGNATORY', 'WITNESS', 'EXCHANGE_REPRESENTATIVE');

-- CreateEnum
CREATE TYPE "EventType" AS ENUM ('SUMMIT', 'BILATERAL_MEETING', 'CABINET_APPROVAL', 'PLANNED_SIGNING', 'SIGNING', 'EXCHANGE', 'ENTRY_INTO_EFFECT', 'REPORTED_IN_EFFECT', 'EXPIRY', 'TERMINATION', 'OTHER');

-- CreateEnum
CREATE TYPE "RelationType" AS ENUM ('FOLLOWS_UP_ON', 'IMPLEMENTS', 'RENEWS', 'SUPERSEDES', 'RELATED');

-- CreateEnum
CREATE TYPE "Language" AS ENUM ('th', 'en', 'ja');

-- CreateTable
CREATE TABLE "Agreement" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "kind" "AgreementKind" NOT NULL,
    "titleTh" TEXT NOT NULL,
    "titleEn" TEXT NOT NULL,
    "titleJa" TEXT,
    "summaryTh" TEXT,
    "summaryEn" TEXT,
    "summaryJa" TEXT,
    "originalLanguage" "Language" NOT NULL DEFAULT 'th',
    "legalNature" "LegalNature",
    "cabinetApprovalOn" DATE,
    "cabinetApprovalPrecision" "DatePrecision",
    "signedOn" DATE,
    "signedPrecision" "DatePrecision",
    "effectiveOn" DATE,
    "effectivePrecision" "DatePrecision",
    "expiresOn" DATE,
    "expiresPrecision" "DatePrecision",
    "termMonths" INTEGER,
    "automaticRenewal" BOOLEAN,
    "terminationNoticeMonths" INTEGER,
    "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC',
    "publicationState" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "internalNote" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Agreement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Organization" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT,
    "abbreviation" TEXT,
    "countryCode" CHAR(2) NOT NULL,
    "predecessorId" INTEGER,

    CONSTRAINT "Organization_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Person" (
    "id" SERIAL NOT NULL,
    "slug" TEXT NOT NULL,
    "nameTh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "nameJa" TEXT,

    CONSTRAINT "Person_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementParty" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "organizationId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementParty_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Signatory" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "personId" INTEGER,
    "positionTh" TEXT,
    "positionEn" TEXT,
    "organizationId" INTEGER NOT NULL,
    "role" "SignatoryRole" NOT NULL,
    "planned" BOOLEAN NOT NULL DEFAULT false,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Signatory_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ScopeArea" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "labelTh" TEXT NOT NULL,
    "labelEn" TEXT NOT NULL,

    CONSTRAINT "ScopeArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementScopeArea" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "scopeAreaId" INTEGER NOT NULL,

    CONSTRAINT "AgreementScopeArea_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementEvent" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "type" "EventType" NOT NULL,
    "occurredOn" DATE,
    "precision" "DatePrecision",
    "descriptionTh" TEXT NOT NULL,
    "descriptionEn" TEXT NOT NULL,
    "position" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "AgreementEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AgreementRelation" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "type" "RelationType" NOT NULL,
    "noteTh" TEXT,
    "noteEn" TEXT,

    CONSTRAINT "AgreementRelation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" SERIAL NOT NULL,
    "key" TEXT NOT NULL,
    "url" TEXT,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "publishedOn" DATE,
    "publishedPrecision" "DatePrecision",
    "language" "Language" NOT NULL,

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Citation" (
    "id" SERIAL NOT NULL,
    "agreementId" INTEGER NOT NULL,
    "sourceId" INTEGER NOT NULL,
    "fact" TEXT NOT NULL,
    "quote" TEXT NOT NULL,
    "quoteEn" TEXT,
    "noteTh" TEXT,
    "noteEn" TEXT,
    "partyId" INTEGER,
    "signatoryId" INTEGER,
    "scopeAreaLinkId" INTEGER,
    "eventId" INTEGER,
    "relationId" INTEGER,

    CONSTRAINT "Citation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Agreement_slug_key" ON "Agreement"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Organization_slug_key" ON "Organization"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Person_slug_key" ON "Person"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementParty_agreementId_organizationId_key" ON "AgreementParty"("agreementId", "organizationId");

-- CreateIndex
CREATE UNIQUE INDEX "ScopeArea_key_key" ON "ScopeArea"("key");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementScopeArea_agreementId_scopeAreaId_key" ON "AgreementScopeArea"("agreementId", "scopeAreaId");

-- CreateIndex
CREATE UNIQUE INDEX "AgreementRelation_fromId_toId_type_key" ON "AgreementRelation"("fromId", "toId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Source_key_key" ON "Source"("key");

-- CreateIndex
CREATE INDEX "Citation_agreementId_fact_idx" ON "Citation"("agreementId", "fact");

-- AddForeignKey
ALTER TABLE "Organization" ADD CONSTRAINT "Organization_predecessorId_fkey" FOREIGN KEY ("predecessorId") REFERENCES "Organization"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementParty" ADD CONSTRAINT "AgreementParty_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_personId_fkey" FOREIGN KEY ("personId") REFERENCES "Person"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Signatory" ADD CONSTRAINT "Signatory_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "Organization"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementScopeArea" ADD CONSTRAINT "AgreementScopeArea_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementScopeArea" ADD CONSTRAINT "AgreementScopeArea_scopeAreaId_fkey" FOREIGN KEY ("scopeAreaId") REFERENCES "ScopeArea"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementEvent" ADD CONSTRAINT "AgreementEvent_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRelation" ADD CONSTRAINT "AgreementRelation_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgreementRelation" ADD CONSTRAINT "AgreementRelation_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_agreementId_fkey" FOREIGN KEY ("agreementId") REFERENCES "Agreement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_partyId_fkey" FOREIGN KEY ("partyId") REFERENCES "AgreementParty"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_signatoryId_fkey" FOREIGN KEY ("signatoryId") REFERENCES "Signatory"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_scopeAreaLinkId_fkey" FOREIGN KEY ("scopeAreaLinkId") REFERENCES "AgreementScopeArea"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_eventId_fkey" FOREIGN KEY ("eventId") REFERENCES "AgreementEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Citation" ADD CONSTRAINT "Citation_relationId_fkey" FOREIGN KEY ("relationId") REFERENCES "AgreementRelation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- A date and its precision exist together or not at all, so a partial date
-- can never be read as a precise one.
ALTER TABLE "Agreement"
  ADD CONSTRAINT "Agreement_cabinetApproval_precision" CHECK (("cabinetApprovalOn" IS NULL) = ("cabinetApprovalPrecision" IS NULL)),
  ADD CONSTRAINT "Agreement_signed_precision" CHECK (("signedOn" IS NULL) = ("signedPrecision" IS NULL)),
  ADD CONSTRAINT "Agreement_effective_precision" CHECK (("effectiveOn" IS NULL) = ("effectivePrecision" IS NULL)),
  ADD CONSTRAINT "Agreement_expires_precision" CHECK (("expiresOn" IS NULL) = ("expiresPrecision" IS NULL)),
  ADD CONSTRAINT "Agreement_termMonths_positive" CHECK ("termMonths" IS NULL OR "termMonths" > 0),
  ADD CONSTRAINT "Agreement_notice_nonnegative" CHECK ("terminationNoticeMonths" IS NULL OR "terminationNoticeMonths" >= 0);
ALTER TABLE "AgreementEvent"
  ADD CONSTRAINT "AgreementEvent_date_precision" CHECK (("occurredOn" IS NULL) = ("precision" IS NULL));
ALTER TABLE "Source"
  ADD CONSTRAINT "Source_published_precision" CHECK (("publishedOn" IS NULL) = ("publishedPrecision" IS NULL));

COMMIT;
