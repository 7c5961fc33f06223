// Publishing, unpublishing and archiving: a record's publication state moves
// only along TRANSITIONS, over the version the editor saw. Nothing is ever
// deleted.
import { refreshDerived } from "@/lib/agreements/derived";
import { reindexAgreement } from "@/lib/search/index-agreement";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PublicationState } from "@/lib/enums";
import { TransitionError, NotFoundError } from "@/lib/editor/errors";
import { conflictFor, recordRevision, type Actor } from "@/lib/editor/revisions";
import { isPublic, publicChange, slugsAround } from "@/lib/editor/public-change";
import { loadAgreementInput } from "@/lib/editor/snapshot";
import { TX_OPTIONS, type Saved } from "@/lib/editor/save";

type Tx = Prisma.TransactionClient;

export const PUBLICATION_ACTIONS = ["PUBLISH", "UNPUBLISH", "ARCHIVE"] as const;
export type PublicationAction = (typeof PUBLICATION_ACTIONS)[number];

const TRANSITIONS: Record<PublicationAction, { from: PublicationState[]; to: PublicationState }> = {
  PUBLISH: { from: ["DRAFT", "ARCHIVED"], to: "PUBLISHED" },
  UNPUBLISH: { from: ["PUBLISHED"], to: "DRAFT" },
  ARCHIVE: { from: ["DRAFT", "PUBLISHED"], to: "ARCHIVED" },
};

/** Publishes, unpublishes or archives. */
export async function changePublication(db: PrismaClient, actor: Actor, id: number, expectedVersion: number, action: PublicationAction): Promise<Saved> {
  return db.$transaction((tx) => changePublicationIn(tx, actor, id, expectedVersion, action), TX_OPTIONS);
}

/** changePublication inside a transaction the caller holds (the seed's). */
export async function changePublicationIn(tx: Tx, actor: Actor, id: number, expectedVersion: number, action: PublicationAction): Promise<Saved> {
  const current = await tx.agreement.findUnique({ where: { id }, select: { publicationState: true, slug: true } });
  if (!current) throw new NotFoundError();
  const { from, to } = TRANSITIONS[action];
  const { count } = await tx.agreement.updateMany({ where: { id, version: expectedVersion }, data: { publicationState: to, version: { increment: 1 } } });
  if (count === 0) throw await conflictFor(tx, id, expectedVersion);
  if (!from.includes(current.publicationState)) throw new TransitionError(`${action} does not apply to a ${current.publicationState} record`);
  const version = expectedVersion + 1;
  const snapshot = (await loadAgreementInput(tx, id))!;
  await recordRevision(tx, { agreementId: id, version, action, actor, snapshot: snapshot.input, changes: [{ field: "publicationState", before: current.publicationState, after: to }] });
  // The records it supersedes are superseded only while it is public (lib/agreements/serialize.ts).
  await refreshDerived(tx, [id]);
  // Its words join or leave the public search vocabulary (lib/search/index-agreement.ts).
  await reindexAgreement(tx, id);
  const around = await slugsAround(tx, id);
  const changed = publicChange(isPublic(current.publicationState, snapshot.input.visibility), isPublic(to, snapshot.input.visibility), { input: null, slugs: around }, { input: snapshot.input, slugs: around });
  return { id, slug: current.slug, version, input: snapshot.input, quoteChecks: snapshot.quoteChecks, changed };
}
