// Corrections to the entities records share, and merges of duplicates. Each
// is one transaction: the change, every affected record re-indexed (and
// revised where its form values change: lib/entities/affected.ts), and an
// EntityRevision naming who, when, what and which records. The write gate
// expires the public reads after the commit.
import { Prisma, type PrismaClient } from "@/lib/generated/prisma/client";
import { diffInputs as changesBetween } from "@/lib/editor/diff";
import { ConflictError, InputRejectedError, NotFoundError } from "@/lib/editor/errors";
import type { Actor } from "@/lib/editor/revisions";
import { TX_OPTIONS } from "@/lib/editor/save";
import type { PublicChange } from "@/lib/cache/invalidate";
import { recordEntityRevision, reviseAffected, snapshotsOf } from "@/lib/entities/affected";
import type { OrganizationInput, PersonInput, ScopeAreaInput } from "@/lib/entities/schemas";

export interface EntitySaved {
  id: number;
  /** The entity's version after the save (what its form sends next). */
  version: number;
  changes: Array<{ field: string; before: unknown; after: unknown }>;
  agreementIds: number[];
  changed: PublicChange;
}

const orNull = (v: string) => (v === "" ? null : v);


const distinct = (ids: number[]) => [...new Set(ids)].sort((a, b) => a - b);

type Tx = Prisma.TransactionClient;
const TABLES = { organization: Prisma.raw(`"Organization"`), person: Prisma.raw(`"Person"`), scopeArea: Prisma.raw(`"ScopeArea"`) };

/**
 * Locks the entity's row for the rest of the transaction, so two saves of
 * one entity run one after the other (at once, they raced to the same
 * revision numbers of the records they touch, and answered 500), and checks
 * the version the form was loaded at: a stale form gets a conflict (409),
 * as a record's form does. `expected` undefined: an API client that sends
 * no version (the save still waits its turn). Several rows: locked in id
 * order, so two merges cannot wait on each other.
 */
async function lockEntity(tx: Tx, table: keyof typeof TABLES, id: number, expected?: number): Promise<number> {
  const [row] = await tx.$queryRaw<Array<{ version: number }>>`SELECT "version" FROM ${TABLES[table]} WHERE "id" = ${id} FOR UPDATE`;
  if (!row) throw new NotFoundError();
  if (expected !== undefined && row.version !== expected) throw new ConflictError(row.version, [], null, null);
  return row.version;
}

async function lockBoth(tx: Tx, table: keyof typeof TABLES, keepId: number, mergeId: number): Promise<void> {
  await tx.$queryRaw`SELECT "id" FROM ${TABLES[table]} WHERE "id" IN (${keepId}, ${mergeId}) ORDER BY "id" FOR UPDATE`;
}

// ---- Organizations

export const organizationValues = (o: { nameTh: string; nameEn: string; nameJa: string | null; abbreviation: string | null; countryCode: string; predecessorId: number | null }): OrganizationInput => ({
  nameTh: o.nameTh,
  nameEn: o.nameEn,
  nameJa: o.nameJa ?? "",
  abbreviation: o.abbreviation ?? "",
  countryCode: o.countryCode,
  predecessorId: o.predecessorId,
});

export async function organizationRecords(db: Pick<PrismaClient, "agreementParty" | "signatory">, id: number): Promise<number[]> {
  const [parties, signatories] = await Promise.all([
    db.agreementParty.findMany({ where: { organizationId: id }, select: { agreementId: true } }),
    db.signatory.findMany({ where: { organizationId: id }, select: { agreementId: true } }),
  ]);
  return distinct([...parties, ...signatories].map((r) => r.agreementId));
}

export async function updateOrganization(db: PrismaClient, actor: Actor, id: number, input: OrganizationInput, expectedVersion?: number): Promise<EntitySaved> {
  return db.$transaction(async (tx) => {
    const version = await lockEntity(tx, "organization", id, expectedVersion);
    const row = await tx.organization.findUnique({ where: { id } });
    if (!row) throw new NotFoundError();
    if (input.predecessorId !== null) {
      // A predecessor must exist and must not be the body itself or one of its successors (no cycle).
      let cursor: number | null = input.predecessorId;
      for (let steps = 0; cursor !== null && steps < 100; steps++) {
        if (cursor === id) throw new InputRejectedError({ predecessorId: "predecessorCycle" });
        const next: { predecessorId: number | null } | null = await tx.organization.findUnique({ where: { id: cursor }, select: { predecessorId: true } });
        if (!next) throw new InputRejectedError({ predecessorId: "pickOrganization" });
        cursor = next.predecessorId;
      }
    }
    const before = organizationValues(row);
    const changes = changesBetween(before, input);
    const agreementIds = await organizationRecords(tx, id);
    if (changes.length === 0) return { id, version, changes, agreementIds, changed: { public: false, slugs: [] } };
    const snapshots = await snapshotsOf(tx, agreementIds);
    await tx.organization.update({
      where: { id },
      data: { nameTh: input.nameTh, nameEn: input.nameEn, nameJa: orNull(input.nameJa), abbreviation: orNull(input.abbreviation), countryCode: input.countryCode, predecessorId: input.predecessorId, version: version + 1 },
    });
    const changed = await reviseAffected(tx, actor, snapshots);
    await recordEntityRevision(tx, { entity: "organization", entityId: id, action: "update", actor, before, after: input, changes, agreementIds });
    // The predecessor's and successors' pages name this body too.
    return { id, version: version + 1, changes, agreementIds, changed: { ...changed, public: changed.public || (await isOnPublicPage(tx, id)) } };
  }, TX_OPTIONS);
}

/** An organization with a public page (party to a public record) changes public reads even when no record's form changes. */
async function isOnPublicPage(tx: Pick<PrismaClient, "agreementParty">, id: number): Promise<boolean> {
  return (await tx.agreementParty.count({ where: { organizationId: id, agreement: { publicationState: "PUBLISHED", visibility: "PUBLIC" } } })) > 0;
}

// ---- People

export const personValues = (p: { nameTh: string; nameEn: string; nameJa: string | null }): PersonInput => ({ nameTh: p.nameTh, nameEn: p.nameEn, nameJa: p.nameJa ?? "" });

export async function personRecords(db: Pick<PrismaClient, "signatory">, id: number): Promise<number[]> {
  return distinct((await db.signatory.findMany({ where: { personId: id }, select: { agreementId: true } })).map((r) => r.agreementId));
}

export async function updatePerson(db: PrismaClient, actor: Actor, id: number, input: PersonInput, expectedVersion?: number): Promise<EntitySaved> {
  return db.$transaction(async (tx) => {
    const version = await lockEntity(tx, "person", id, expectedVersion);
    const row = await tx.person.findUnique({ where: { id } });
    if (!row) throw new NotFoundError();
    // The form finds a signatory's person by both names: two people with the same names would be one.
    const twin = await tx.person.findFirst({ where: { nameTh: input.nameTh, nameEn: input.nameEn, id: { not: id } }, select: { id: true } });
    if (twin) throw new InputRejectedError({ nameEn: "personExists" });
    const before = personValues(row);
    const changes = changesBetween(before, input);
    const agreementIds = await personRecords(tx, id);
    if (changes.length === 0) return { id, version, changes, agreementIds, changed: { public: false, slugs: [] } };
    const snapshots = await snapshotsOf(tx, agreementIds);
    await tx.person.update({ where: { id }, data: { nameTh: input.nameTh, nameEn: input.nameEn, nameJa: orNull(input.nameJa), version: version + 1 } });
    const changed = await reviseAffected(tx, actor, snapshots);
    await recordEntityRevision(tx, { entity: "person", entityId: id, action: "update", actor, before, after: input, changes, agreementIds });
    return { id, version: version + 1, changes, agreementIds, changed };
  }, TX_OPTIONS);
}

/** Every signatory of person `mergeId` becomes one of person `keepId`; `mergeId` is deleted. */
export async function mergePerson(db: PrismaClient, actor: Actor, keepId: number, mergeId: number): Promise<EntitySaved> {
  return db.$transaction(async (tx) => {
    if (keepId === mergeId) throw new InputRejectedError({ mergeId: "mergeSame" });
    await lockBoth(tx, "person", keepId, mergeId);
    const [keep, merged] = await Promise.all([tx.person.findUnique({ where: { id: keepId } }), tx.person.findUnique({ where: { id: mergeId } })]);
    if (!keep) throw new NotFoundError();
    if (!merged) throw new InputRejectedError({ mergeId: "mergeMissing" });
    const agreementIds = distinct([...(await personRecords(tx, keepId)), ...(await personRecords(tx, mergeId))]);
    const snapshots = await snapshotsOf(tx, agreementIds);
    await tx.signatory.updateMany({ where: { personId: mergeId }, data: { personId: keepId } });
    await tx.person.delete({ where: { id: mergeId } });
    const changed = await reviseAffected(tx, actor, snapshots);
    const gone = { id: merged.id, slug: merged.slug, ...personValues(merged) };
    await recordEntityRevision(tx, { entity: "person", entityId: keepId, action: "merge", actor, before: gone, after: personValues(keep), changes: [{ field: "mergedFrom", before: gone, after: null }], agreementIds });
    return { id: keepId, version: keep.version, changes: [], agreementIds, changed };
  }, TX_OPTIONS);
}

// ---- Scope areas

export const scopeAreaValues = (s: { labelTh: string; labelEn: string; labelJa: string | null }): ScopeAreaInput => ({ labelTh: s.labelTh, labelEn: s.labelEn, labelJa: s.labelJa ?? "" });

export async function scopeAreaRecords(db: Pick<PrismaClient, "agreementScopeArea">, id: number): Promise<number[]> {
  return distinct((await db.agreementScopeArea.findMany({ where: { scopeAreaId: id }, select: { agreementId: true } })).map((r) => r.agreementId));
}

export async function updateScopeArea(db: PrismaClient, actor: Actor, id: number, input: ScopeAreaInput, expectedVersion?: number): Promise<EntitySaved> {
  return db.$transaction(async (tx) => {
    const version = await lockEntity(tx, "scopeArea", id, expectedVersion);
    const row = await tx.scopeArea.findUnique({ where: { id } });
    if (!row) throw new NotFoundError();
    const before = scopeAreaValues(row);
    const changes = changesBetween(before, input);
    const agreementIds = await scopeAreaRecords(tx, id);
    if (changes.length === 0) return { id, version, changes, agreementIds, changed: { public: false, slugs: [] } };
    const snapshots = await snapshotsOf(tx, agreementIds);
    await tx.scopeArea.update({ where: { id }, data: { labelTh: input.labelTh, labelEn: input.labelEn, labelJa: orNull(input.labelJa ?? ""), version: version + 1 } });
    const changed = await reviseAffected(tx, actor, snapshots);
    await recordEntityRevision(tx, { entity: "scope-area", entityId: id, action: "update", actor, before, after: input, changes, agreementIds });
    return { id, version: version + 1, changes, agreementIds, changed };
  }, TX_OPTIONS);
}

/**
 * Every record linked to scope area `mergeId` is linked to `keepId` instead,
 * with its citations; a record linked to both keeps one link holding the
 * citations of both. `mergeId` is deleted.
 */
export async function mergeScopeArea(db: PrismaClient, actor: Actor, keepId: number, mergeId: number): Promise<EntitySaved> {
  return db.$transaction(async (tx) => {
    if (keepId === mergeId) throw new InputRejectedError({ mergeId: "mergeSame" });
    await lockBoth(tx, "scopeArea", keepId, mergeId);
    const [keep, merged] = await Promise.all([tx.scopeArea.findUnique({ where: { id: keepId } }), tx.scopeArea.findUnique({ where: { id: mergeId } })]);
    if (!keep) throw new NotFoundError();
    if (!merged) throw new InputRejectedError({ mergeId: "mergeMissing" });
    const agreementIds = distinct([...(await scopeAreaRecords(tx, keepId)), ...(await scopeAreaRecords(tx, mergeId))]);
    const snapshots = await snapshotsOf(tx, agreementIds);
    for (const link of await tx.agreementScopeArea.findMany({ where: { scopeAreaId: mergeId } })) {
      const kept = await tx.agreementScopeArea.findUnique({ where: { agreementId_scopeAreaId: { agreementId: link.agreementId, scopeAreaId: keepId } } });
      if (kept) {
        await tx.citationFact.updateMany({ where: { scopeAreaLinkId: link.id }, data: { scopeAreaLinkId: kept.id } });
        await tx.agreementScopeArea.delete({ where: { id: link.id } });
      } else {
        await tx.agreementScopeArea.update({ where: { id: link.id }, data: { scopeAreaId: keepId } });
      }
    }
    await tx.scopeArea.delete({ where: { id: mergeId } });
    const changed = await reviseAffected(tx, actor, snapshots);
    const gone = { id: merged.id, key: merged.key, ...scopeAreaValues(merged) };
    await recordEntityRevision(tx, { entity: "scope-area", entityId: keepId, action: "merge", actor, before: gone, after: scopeAreaValues(keep), changes: [{ field: "mergedFrom", before: gone, after: null }], agreementIds });
    return { id: keepId, version: keep.version, changes: [], agreementIds, changed };
  }, TX_OPTIONS);
}
