// Every save of an agreement's content. Each is one transaction: check the
// version the editor's form was loaded at (a stale form is refused, never
// merged), write the record and all its parts, rewrite the search index and
// derived facts, keep the old slug as a redirect, and store a revision with
// who, when and what changed. Callers have already checked the role
// (lib/api/write.ts) and parsed the input with agreementInputSchema. The
// parts of a save live beside this file: errors.ts, references.ts, parts.ts,
// revisions.ts, publication.ts, public-change.ts.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { agreementInputSchema, fieldErrorsOf, type AgreementInput } from "@/lib/editor/schema";
import { diffInputs } from "@/lib/editor/diff";
import { uncitedFacts } from "@/lib/editor/facts";
import { InputRejectedError, NotFoundError } from "@/lib/editor/errors";
import { checkReferences } from "@/lib/editor/references";
import { scalarData, writeParts } from "@/lib/editor/parts";
import { conflictFor, recordRevision, type Actor } from "@/lib/editor/revisions";
import { isPublic, publicChange, slugsAround, supersedes } from "@/lib/editor/public-change";
import { loadAgreementInput } from "@/lib/editor/snapshot";
import { reindexAgreement } from "@/lib/search/index-agreement";
import { refreshDerived } from "@/lib/agreements/derived";
import { NO_PUBLIC_CHANGE, type PublicChange } from "@/lib/cache/invalidate";

type Tx = Prisma.TransactionClient;

export const TX_OPTIONS = { timeout: 30_000, maxWait: 10_000 };

export interface Saved {
  id: number;
  slug: string;
  version: number;
  /** The record as saved, for the form to continue from. */
  input: AgreementInput;
  /** Whether each citation's quote is in its source's archived copy (null: no archive). */
  quoteChecks: Array<boolean | null>;
  /** What the public can now see differently (lib/cache/invalidate.ts). */
  changed: PublicChange;
}

/** Stores how many stated facts no citation backs, for the staff list's filter. */
export async function countUncited(tx: Tx, id: number, input: AgreementInput): Promise<void> {
  await tx.$executeRaw`UPDATE "Agreement" SET "uncitedFacts" = ${uncitedFacts(input).length} WHERE "id" = ${id}`;
}

/** Creates a new record as a draft. */
export async function createAgreement(db: PrismaClient, actor: Actor, input: AgreementInput): Promise<Saved> {
  return db.$transaction((tx) => createAgreementIn(tx, actor, input), TX_OPTIONS);
}

/**
 * createAgreement inside a transaction the caller holds. With no actor (the
 * seed loading a curated record) the first revision is an IMPORT.
 */
export async function createAgreementIn(tx: Tx, actor: Actor, input: AgreementInput): Promise<Saved> {
  await checkReferences(tx, input, null);
  const row = await tx.agreement.create({ data: { ...scalarData(input), publicationState: "DRAFT", version: 1 } });
  await writeParts(tx, row.id, input);
  await reindexAgreement(tx, row.id);
  await refreshDerived(tx, [row.id]);
  const after = (await loadAgreementInput(tx, row.id))!;
  await countUncited(tx, row.id, after.input);
  await recordRevision(tx, { agreementId: row.id, version: 1, action: actor ? "CREATE" : "IMPORT", actor, snapshot: after.input, changes: diffInputs(null, after.input) });
  // A new record is a draft: only a supersession reaches the public.
  const changed = supersedes(after.input) ? publicChange(false, false, { input: null, slugs: [] }, { input: after.input, slugs: await slugsAround(tx, row.id) }) : NO_PUBLIC_CHANGE;
  return { id: row.id, slug: row.slug, version: 1, input: after.input, quoteChecks: after.quoteChecks, changed };
}

/** Saves the whole record over version `expectedVersion`, or refuses. */
export function updateAgreement(db: PrismaClient, actor: Actor, id: number, expectedVersion: number, input: AgreementInput, restoredFromVersion: number | null = null): Promise<Saved> {
  return db.$transaction((tx) => updateAgreementIn(tx, actor, id, expectedVersion, input, restoredFromVersion), TX_OPTIONS);
}

/** The same inside a transaction the caller holds (the seed adding curated texts to records it loaded earlier). */
export async function updateAgreementIn(tx: Tx, actor: Actor, id: number, expectedVersion: number, input: AgreementInput, restoredFromVersion: number | null = null): Promise<Saved> {
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
  await countUncited(tx, id, after.input);
  await recordRevision(tx, {
    agreementId: id,
    version,
    action: restoredFromVersion === null ? "UPDATE" : "RESTORE",
    restoredFromVersion,
    actor,
    snapshot: after.input,
    changes: diffInputs(before.input, after.input),
  });
  const changed = publicChange(
    isPublic(before.publicationState, before.input.visibility),
    isPublic(before.publicationState, after.input.visibility),
    { input: before.input, slugs: slugsBefore },
    { input: after.input, slugs: await slugsAround(tx, id) },
  );
  return { id, slug: input.slug, version, input: after.input, quoteChecks: after.quoteChecks, changed };
}

/**
 * The record as revision `version` left it, saved as a new revision. The
 * snapshot passes the form's rules again: they may have tightened since.
 */
export async function restoreRevision(db: PrismaClient, actor: Actor, id: number, expectedVersion: number, version: number): Promise<Saved> {
  const revision = await db.revision.findUnique({ where: { agreementId_version: { agreementId: id, version } } });
  if (!revision) throw new NotFoundError();
  const parsed = agreementInputSchema.safeParse(revision.snapshot);
  if (!parsed.success) throw new InputRejectedError(fieldErrorsOf(parsed.error));
  return updateAgreement(db, actor, id, expectedVersion, parsed.data, version);
}
