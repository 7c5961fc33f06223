// Every write to an agreement. Each is one transaction: check the version the
// editor's form was loaded at (a stale form is refused, never merged), write
// the record and all its parts, rewrite the search index, keep the old slug as
// a redirect, and store a revision with who, when and what changed. Callers
// have already checked the role (lib/api/write.ts) and parsed the input with
// agreementInputSchema.
import type { Staff } from "@/lib/auth/session";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { dateOf, type AgreementInput, type FieldErrors } from "@/lib/editor/schema";
import { diffInputs, type Change } from "@/lib/editor/diff";
import { loadAgreementInput } from "@/lib/editor/snapshot";
import { reindexAgreement } from "@/lib/search/index-agreement";
import { refreshDerived } from "@/lib/agreements/derived";
import { NO_PUBLIC_CHANGE, type PublicChange } from "@/lib/cache/invalidate";
import type { PublicationState } from "@/lib/enums";

type Tx = Prisma.TransactionClient;

/** Someone else saved the record after this form was loaded. */
export class ConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly changes: Change[],
    readonly by: string | null,
    readonly at: Date | null,
  ) {
    super("conflict");
  }
}

/** Input that passed the schema but not the database (taken slug, gone ids). */
export class InputRejectedError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("rejected");
  }
}

export class NotFoundError extends Error {}

/** A publication step that does not apply in the record's current state. */
export class TransitionError extends Error {}

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dateColumns = (value: string) => {
  const d = dateOf(value);
  return d ? { on: asDate(d.date), precision: d.precision } : { on: null, precision: null };
};
const orNull = (value: string) => (value === "" ? null : value);
const monthsOrNull = (value: number | "") => (value === "" ? null : value);

function slugify(text: string): string {
  const slug = text
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 48)
    .replace(/-+$/, "");
  return slug || "item";
}

async function uniqueKey(base: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

async function conflictFor(tx: Tx, id: number, expectedVersion: number): Promise<ConflictError> {
  const current = await loadAgreementInput(tx, id);
  if (!current) throw new NotFoundError();
  const base = await tx.revision.findUnique({ where: { agreementId_version: { agreementId: id, version: expectedVersion } } });
  const latest = await tx.revision.findFirst({ where: { agreementId: id }, orderBy: { version: "desc" } });
  const changes = base ? diffInputs(base.snapshot as unknown as AgreementInput, current.input) : [];
  return new ConflictError(current.version, changes, latest?.actorEmail ?? null, latest?.createdAt ?? null);
}

/** Checks that every id the input points at exists; collects field errors. */
async function checkReferences(tx: Tx, input: AgreementInput, selfId: number | null): Promise<void> {
  const errors: FieldErrors = {};
  const existing = async <T extends { id: number }>(ids: number[], find: (ids: number[]) => Promise<T[]>) => new Set((await find(ids)).map((r) => r.id));
  const orgs = await existing(input.parties.flatMap((p) => (p.organizationId ? [p.organizationId] : [])), (ids) => tx.organization.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  input.parties.forEach((p, i) => {
    if (p.organizationId && !orgs.has(p.organizationId)) errors[`parties.${i}.organizationId`] = "pickOrganization";
  });
  const scopes = await existing(input.scopeAreas.flatMap((s) => (s.scopeAreaId ? [s.scopeAreaId] : [])), (ids) => tx.scopeArea.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  input.scopeAreas.forEach((s, i) => {
    if (s.scopeAreaId && !scopes.has(s.scopeAreaId)) errors[`scopeAreas.${i}.scopeAreaId`] = "pickScopeArea";
  });
  const sources = await existing(input.sources.flatMap((s) => (s.sourceId ? [s.sourceId] : [])), (ids) => tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  input.sources.forEach((s, i) => {
    if (s.sourceId && !sources.has(s.sourceId)) errors[`sources.${i}.sourceId`] = "pickSource";
  });
  const targets = await existing(input.relations.map((r) => r.agreementId), (ids) => tx.agreement.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  input.relations.forEach((r, i) => {
    if (!targets.has(r.agreementId) || r.agreementId === selfId) errors[`relations.${i}.agreementId`] = "pickAgreement";
  });

  const slugOwner = await tx.agreement.findUnique({ where: { slug: input.slug }, select: { id: true } });
  const formerOwner = await tx.slugRedirect.findUnique({ where: { slug: input.slug }, select: { agreementId: true } });
  if ((slugOwner && slugOwner.id !== selfId) || (formerOwner && formerOwner.agreementId !== selfId)) errors.slug = "slugTaken";

  if (Object.keys(errors).length) throw new InputRejectedError(errors);
}

function scalarData(input: AgreementInput) {
  const cabinet = dateColumns(input.cabinetApprovalOn);
  const signed = dateColumns(input.signedOn);
  const effective = dateColumns(input.effectiveOn);
  const expires = dateColumns(input.expiresOn);
  return {
    slug: input.slug,
    kind: input.kind,
    legalNature: input.legalNature,
    originalLanguage: input.originalLanguage,
    visibility: input.visibility,
    titleTh: input.titleTh,
    titleEn: input.titleEn,
    titleJa: orNull(input.titleJa),
    summaryTh: orNull(input.summaryTh),
    summaryEn: orNull(input.summaryEn),
    summaryJa: orNull(input.summaryJa),
    internalNote: orNull(input.internalNote),
    cabinetApprovalOn: cabinet.on,
    cabinetApprovalPrecision: cabinet.precision,
    signedOn: signed.on,
    signedPrecision: signed.precision,
    effectiveOn: effective.on,
    effectivePrecision: effective.precision,
    expiresOn: expires.on,
    expiresPrecision: expires.precision,
    termMonths: monthsOrNull(input.termMonths),
    automaticRenewal: input.automaticRenewal === "unknown" ? null : input.automaticRenewal === "yes",
    terminationNoticeMonths: monthsOrNull(input.terminationNoticeMonths),
  } satisfies Prisma.AgreementUncheckedUpdateInput;
}

/** Replaces every part of the record with what the input lists. */
async function writeParts(tx: Tx, id: number, input: AgreementInput): Promise<void> {
  await tx.citation.deleteMany({ where: { agreementId: id } });
  await tx.signatory.deleteMany({ where: { agreementId: id } });
  await tx.agreementParty.deleteMany({ where: { agreementId: id } });
  await tx.agreementScopeArea.deleteMany({ where: { agreementId: id } });
  await tx.agreementEvent.deleteMany({ where: { agreementId: id } });
  await tx.agreementRelation.deleteMany({ where: { fromId: id } });

  const partyRows: Array<{ id: number; organizationId: number }> = [];
  for (const [position, p] of input.parties.entries()) {
    let organizationId = p.organizationId;
    if (organizationId === null) {
      const o = p.newOrganization!;
      const slug = await uniqueKey(o.abbreviation || o.nameEn, async (s) => (await tx.organization.count({ where: { slug: s } })) > 0);
      organizationId = (await tx.organization.create({ data: { slug, nameTh: o.nameTh, nameEn: o.nameEn, abbreviation: orNull(o.abbreviation), countryCode: o.countryCode } })).id;
    }
    partyRows.push(await tx.agreementParty.create({ data: { agreementId: id, organizationId, position } }));
  }

  const signatoryIds: number[] = [];
  for (const [position, s] of input.signatories.entries()) {
    let personId: number | null = null;
    if (s.nameTh && s.nameEn) {
      const person = await tx.person.findFirst({ where: { nameTh: s.nameTh, nameEn: s.nameEn } });
      personId =
        person?.id ??
        (await tx.person.create({ data: { slug: await uniqueKey(s.nameEn, async (k) => (await tx.person.count({ where: { slug: k } })) > 0), nameTh: s.nameTh, nameEn: s.nameEn } })).id;
    }
    const row = await tx.signatory.create({
      data: { agreementId: id, personId, positionTh: orNull(s.positionTh), positionEn: orNull(s.positionEn), organizationId: partyRows[s.party]!.organizationId, role: s.role, planned: s.planned, position },
    });
    signatoryIds.push(row.id);
  }

  const scopeLinkIds: number[] = [];
  for (const s of input.scopeAreas) {
    let scopeAreaId = s.scopeAreaId;
    if (scopeAreaId === null) {
      const draft = s.newScopeArea!;
      const existing = await tx.scopeArea.findFirst({ where: { OR: [{ labelEn: { equals: draft.labelEn, mode: "insensitive" } }, { labelTh: draft.labelTh }] } });
      scopeAreaId =
        existing?.id ??
        (await tx.scopeArea.create({ data: { key: await uniqueKey(draft.labelEn, async (k) => (await tx.scopeArea.count({ where: { key: k } })) > 0), labelTh: draft.labelTh, labelEn: draft.labelEn } })).id;
    }
    // Two new rows naming the same area collapse into one link.
    const link = await tx.agreementScopeArea.upsert({ where: { agreementId_scopeAreaId: { agreementId: id, scopeAreaId } }, create: { agreementId: id, scopeAreaId }, update: {} });
    scopeLinkIds.push(link.id);
  }

  const eventIds: number[] = [];
  for (const [position, e] of input.events.entries()) {
    const d = dateColumns(e.date);
    eventIds.push((await tx.agreementEvent.create({ data: { agreementId: id, type: e.type, occurredOn: d.on, precision: d.precision, descriptionTh: e.descriptionTh, descriptionEn: e.descriptionEn, position } })).id);
  }

  const relationIds: number[] = [];
  for (const r of input.relations) {
    relationIds.push((await tx.agreementRelation.create({ data: { fromId: id, toId: r.agreementId, type: r.type, noteTh: orNull(r.noteTh), noteEn: orNull(r.noteEn) } })).id);
  }

  const sourceIds: number[] = [];
  for (const s of input.sources) {
    if (s.sourceId !== null) {
      sourceIds.push(s.sourceId);
      continue;
    }
    const draft = s.newSource!;
    const published = dateColumns(draft.publishedOn);
    const key = await uniqueKey(draft.title, async (k) => (await tx.source.count({ where: { key: k } })) > 0);
    sourceIds.push(
      (await tx.source.create({ data: { key, url: orNull(draft.url), title: draft.title, publisher: orNull(draft.publisher), language: draft.language, publishedOn: published.on, publishedPrecision: published.precision } })).id,
    );
  }

  const rowIds: Record<string, number[]> = { party: partyRows.map((p) => p.id), signatory: signatoryIds, scopeArea: scopeLinkIds, event: eventIds, relation: relationIds };
  const linkField: Record<string, string> = { party: "partyId", signatory: "signatoryId", scopeArea: "scopeAreaLinkId", event: "eventId", relation: "relationId" };
  // One statement for all citations: a record has dozens.
  await tx.citation.createMany({
    data: input.citations.map((c) => {
      const link = c.row !== null && linkField[c.fact] ? { [linkField[c.fact]!]: rowIds[c.fact]![c.row] } : {};
      return { agreementId: id, sourceId: sourceIds[c.source]!, fact: c.fact, quote: c.quote, quoteEn: orNull(c.quoteEn), noteTh: orNull(c.noteTh), noteEn: orNull(c.noteEn), ...link };
    }),
  });
}

const TX_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

export interface Saved {
  id: number;
  slug: string;
  version: number;
  /** The record as saved, for the form to continue from. */
  input: AgreementInput;
  /** What the public can now see differently (lib/cache/invalidate.ts). */
  changed: PublicChange;
}

const isPublic = (state: string, visibility: string) => state === "PUBLISHED" && visibility === "PUBLIC";
const supersedes = (input: AgreementInput | null) => (input?.relations ?? []).some((r) => r.type === "SUPERSEDES");

/** The record's slug and those of every record related to it, either way. */
async function slugsAround(tx: Tx, id: number): Promise<string[]> {
  // The related ids first, then the rows by primary key: a single query with
  // `id = … OR EXISTS (…)` is planned as a scan of every record, and made each
  // save slower as the registry grew (9 saves/s at 13,000 records).
  const relations = await tx.agreementRelation.findMany({ where: { OR: [{ fromId: id }, { toId: id }] }, select: { fromId: true, toId: true } });
  const ids = [...new Set([id, ...relations.flatMap((r) => [r.fromId, r.toId])])];
  const rows = await tx.agreement.findMany({ where: { id: { in: ids } }, select: { slug: true } });
  return rows.map((r) => r.slug);
}

/**
 * A record that is or was public changes public reads; so does any record
 * that supersedes others, since a successor's signature decides when its
 * predecessors count as superseded (lib/agreements/lifecycle.ts). `before`
 * and `after`: the slugs around the record before and after the write.
 */
function publicChange(wasPublic: boolean, nowPublic: boolean, before: { input: AgreementInput | null; slugs: string[] }, after: { input: AgreementInput; slugs: string[] }): PublicChange {
  const isPublicChange = wasPublic || nowPublic || supersedes(before.input) || supersedes(after.input);
  return isPublicChange ? { slugs: [...new Set([...before.slugs, ...after.slugs])], public: true } : NO_PUBLIC_CHANGE;
}

/** Creates a new record as a draft. */
export async function createAgreement(db: PrismaClient, actor: Staff, input: AgreementInput): Promise<Saved> {
  return db.$transaction(async (tx) => {
    await checkReferences(tx, input, null);
    const row = await tx.agreement.create({ data: { ...scalarData(input), publicationState: "DRAFT", version: 1 } });
    await writeParts(tx, row.id, input);
    await reindexAgreement(tx, row.id);
    await refreshDerived(tx, [row.id]);
    const after = (await loadAgreementInput(tx, row.id))!;
    await tx.revision.create({
      data: { agreementId: row.id, version: 1, action: "CREATE", userId: actor.id, actorEmail: actor.email, snapshot: after.input as object, changes: diffInputs(null, after.input) as object[] },
    });
    // A new record is a draft: only a supersession reaches the public.
    const changed = supersedes(after.input) ? publicChange(false, false, { input: null, slugs: [] }, { input: after.input, slugs: await slugsAround(tx, row.id) }) : NO_PUBLIC_CHANGE;
    return { id: row.id, slug: row.slug, version: 1, input: after.input, changed };
  }, TX_OPTIONS);
}

/** Saves the whole record over version `expectedVersion`, or refuses. */
export async function updateAgreement(
  db: PrismaClient,
  actor: Staff,
  id: number,
  expectedVersion: number,
  input: AgreementInput,
  restoredFromVersion: number | null = null,
): Promise<Saved> {
  return db.$transaction(async (tx) => {
    const before = await loadAgreementInput(tx, id);
    if (!before) throw new NotFoundError();
    const slugsBefore = await slugsAround(tx, id);
    await checkReferences(tx, input, id);
    // The version check and the write are one statement: two saves of the
    // same version cannot both pass it.
    const { count } = await tx.agreement.updateMany({ where: { id, version: expectedVersion }, data: { ...scalarData(input), version: { increment: 1 } } });
    if (count === 0) throw await conflictFor(tx, id, expectedVersion);
    const version = expectedVersion + 1;

    await writeParts(tx, id, input);
    if (before.input.slug !== input.slug) {
      await tx.slugRedirect.deleteMany({ where: { slug: input.slug, agreementId: id } });
      await tx.slugRedirect.upsert({ where: { slug: before.input.slug }, create: { slug: before.input.slug, agreementId: id }, update: { agreementId: id } });
    }
    await reindexAgreement(tx, id);
    // Records this one superseded before the save may be superseded no more.
    await refreshDerived(tx, [id], before.input.relations.filter((r) => r.type === "SUPERSEDES").map((r) => r.agreementId));
    const after = (await loadAgreementInput(tx, id))!;
    await tx.revision.create({
      data: {
        agreementId: id,
        version,
        action: restoredFromVersion === null ? "UPDATE" : "RESTORE",
        restoredFromVersion,
        userId: actor.id,
        actorEmail: actor.email,
        snapshot: after.input as object,
        changes: diffInputs(before.input, after.input) as object[],
      },
    });
    const changed = publicChange(
      isPublic(before.publicationState, before.input.visibility),
      isPublic(before.publicationState, after.input.visibility),
      { input: before.input, slugs: slugsBefore },
      { input: after.input, slugs: await slugsAround(tx, id) },
    );
    return { id, slug: input.slug, version, input: after.input, changed };
  }, TX_OPTIONS);
}

export const PUBLICATION_ACTIONS = ["PUBLISH", "UNPUBLISH", "ARCHIVE"] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

const TRANSITIONS: Record<PublicationAction, { from: PublicationState[]; to: PublicationState }> = {
  PUBLISH: { from: ["DRAFT", "ARCHIVED"], to: "PUBLISHED" },
  UNPUBLISH: { from: ["PUBLISHED"], to: "DRAFT" },
  ARCHIVE: { from: ["DRAFT", "PUBLISHED"], to: "ARCHIVED" },
};

/** Publishes, unpublishes or archives. Nothing is ever deleted. */
export async function changePublication(db: PrismaClient, actor: Staff, id: number, expectedVersion: number, action: PublicationAction): Promise<Saved> {
  return db.$transaction(async (tx) => {
    const current = await tx.agreement.findUnique({ where: { id }, select: { publicationState: true, slug: true } });
    if (!current) throw new NotFoundError();
    const { from, to } = TRANSITIONS[action];
    const { count } = await tx.agreement.updateMany({ where: { id, version: expectedVersion }, data: { publicationState: to, version: { increment: 1 } } });
    if (count === 0) throw await conflictFor(tx, id, expectedVersion);
    if (!from.includes(current.publicationState)) throw new TransitionError(`${action} does not apply to a ${current.publicationState} record`);
    const version = expectedVersion + 1;
    const snapshot = (await loadAgreementInput(tx, id))!;
    await tx.revision.create({
      data: {
        agreementId: id,
        version,
        action,
        userId: actor.id,
        actorEmail: actor.email,
        snapshot: snapshot.input as object,
        changes: [{ field: "publicationState", before: current.publicationState, after: to }],
      },
    });
    const around = await slugsAround(tx, id);
    const changed = publicChange(isPublic(current.publicationState, snapshot.input.visibility), isPublic(to, snapshot.input.visibility), { input: null, slugs: around }, { input: snapshot.input, slugs: around });
    return { id, slug: current.slug, version, input: snapshot.input, changed };
  }, TX_OPTIONS);
}

/** The record as revision `version` left it, saved as a new revision. */
export async function restoreRevision(db: PrismaClient, actor: Staff, id: number, expectedVersion: number, version: number, parse: (snapshot: unknown) => AgreementInput): Promise<Saved> {
  const revision = await db.revision.findUnique({ where: { agreementId_version: { agreementId: id, version } } });
  if (!revision) throw new NotFoundError();
  return updateAgreement(db, actor, id, expectedVersion, parse(revision.snapshot), version);
}

/** A first revision for records that came from the seed, not a form. */
export async function recordImportRevision(tx: Tx, id: number): Promise<void> {
  const snapshot = await loadAgreementInput(tx, id);
  if (!snapshot) return;
  await tx.revision.create({ data: { agreementId: id, version: snapshot.version, action: "IMPORT", snapshot: snapshot.input as object, changes: diffInputs(null, snapshot.input) as object[] } });
}
