// What a change to a shared entity (an organization, a person, a scope area)
// does to the records that use it. Each affected record is re-indexed for
// search, and where the record's own form values change (a person's name, a
// merged scope area's id), it gets a new version and a revision naming the
// change: an editor whose form was loaded before it gets a conflict instead
// of saving the old spelling back.
import type { Prisma } from "@/lib/generated/prisma/client";
import { NO_PUBLIC_CHANGE, type PublicChange } from "@/lib/cache/invalidate";
import { diffInputs } from "@/lib/editor/diff";
import { isPublic } from "@/lib/editor/public-change";
import { recordRevision, type Actor } from "@/lib/editor/revisions";
import { loadAgreementInput, type StaffAgreement } from "@/lib/editor/snapshot";
import { reindexAgreement } from "@/lib/search/index-agreement";

type Tx = Prisma.TransactionClient;

export type EntityKind = "organization" | "person" | "scope-area" | "source";

/** The records' form values before the change, to compare after it. */
export async function snapshotsOf(tx: Tx, agreementIds: number[]): Promise<Map<number, StaffAgreement>> {
  const map = new Map<number, StaffAgreement>();
  for (const id of agreementIds) {
    const s = await loadAgreementInput(tx, id);
    if (s) map.set(id, s);
  }
  return map;
}

/**
 * After the entity changed: re-index every affected record, give a new
 * version and revision to those whose form values changed, and say which
 * public reads are now stale.
 */
export async function reviseAffected(tx: Tx, actor: Actor, before: Map<number, StaffAgreement>): Promise<PublicChange> {
  const slugs: string[] = [];
  for (const [id, old] of before) {
    await reindexAgreement(tx, id);
    const after = (await loadAgreementInput(tx, id))!;
    const changes = diffInputs(old.input, after.input);
    if (changes.length > 0) {
      const version = old.version + 1;
      await tx.agreement.update({ where: { id }, data: { version } });
      await recordRevision(tx, { agreementId: id, version, action: "UPDATE", actor, snapshot: after.input, changes });
    }
    if (isPublic(old.publicationState, old.input.visibility)) slugs.push(old.input.slug);
  }
  // Organization and scope-area pages, search and lists carry LISTS.
  return slugs.length ? { public: true, slugs } : NO_PUBLIC_CHANGE;
}

export async function recordEntityRevision(
  tx: Tx,
  entry: { entity: EntityKind; entityId: number; action: string; actor: Actor; before?: object | null; after?: object | null; changes?: object[]; agreementIds: number[] },
): Promise<void> {
  await tx.entityRevision.create({
    data: {
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      userId: entry.actor?.id ?? null,
      actorEmail: entry.actor?.email ?? "registry",
      before: entry.before ?? undefined,
      after: entry.after ?? undefined,
      changes: entry.changes ?? [],
      agreementIds: entry.agreementIds,
    },
  });
}
