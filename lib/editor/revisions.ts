// A record's history: one revision per write, with who, when, the whole
// record as the form holds it, and what changed. `recordRevision` is the only
// writer of the table.
import type { Staff } from "@/lib/auth/session";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { RevisionAction } from "@/lib/enums";
import { diffInputs, type Change } from "@/lib/editor/diff";
import { ConflictError, NotFoundError } from "@/lib/editor/errors";
import type { AgreementInput } from "@/lib/editor/schema";
import { loadAgreementInput } from "@/lib/editor/snapshot";

type Tx = Prisma.TransactionClient;

/** Who writes: a staff member, or null for the curated import (prisma/seed.ts). */
export type Actor = Pick<Staff, "id" | "email"> | null;

export async function recordRevision(
  tx: Tx,
  revision: { agreementId: number; version: number; action: RevisionAction; actor: Actor; snapshot: AgreementInput; changes: Change[]; restoredFromVersion?: number | null },
): Promise<void> {
  await tx.revision.create({
    data: {
      agreementId: revision.agreementId,
      version: revision.version,
      action: revision.action,
      restoredFromVersion: revision.restoredFromVersion ?? null,
      userId: revision.actor?.id ?? null,
      actorEmail: revision.actor?.email ?? null,
      snapshot: revision.snapshot as object,
      changes: revision.changes as object[],
    },
  });
}

/** The refusal of a stale form: what changed since its version, and who saved last. */
export async function conflictFor(tx: Tx, id: number, expectedVersion: number): Promise<ConflictError> {
  const current = await loadAgreementInput(tx, id);
  if (!current) throw new NotFoundError();
  const base = await tx.revision.findUnique({ where: { agreementId_version: { agreementId: id, version: expectedVersion } } });
  const latest = await tx.revision.findFirst({ where: { agreementId: id }, orderBy: { version: "desc" } });
  const changes = base ? diffInputs(base.snapshot as unknown as AgreementInput, current.input) : [];
  return new ConflictError(current.version, changes, latest?.actorEmail ?? null, latest?.createdAt ?? null);
}
