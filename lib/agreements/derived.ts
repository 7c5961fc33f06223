// Facts derived from a record for listing it in SQL: its reference date (for
// ordering and the year filter) and its status periods (for the status filter
// and each card's status today). Rewritten in the transaction that saves the
// record, like the search index, so a list never disagrees with the record.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { deadlineEvents } from "@/lib/agreements/deadlines";
import { statusPeriods } from "@/lib/agreements/status-periods";
import { deadlineInputOf, deadlineSelect, lifecycleInputOf, referenceDate } from "@/lib/agreements/serialize";
import type { AgreementRecord } from "@/lib/agreements/queries";

type Db = PrismaClient | Prisma.TransactionClient;

/**
 * Raised when what is derived changes: records derived by an older version
 * are derived again when the app starts (prisma/seed.ts). 1: deadlines.
 * 2: only published public successors supersede (issue 26, part 2).
 */
export const DERIVED_VERSION = 2;

// Deadlines are stored up to here: far past any list's window, and
// independent of today, so stored rows never go stale.
const DEADLINE_HORIZON = "2100-12-31";

const asDate = (iso: string | null) => (iso === null ? null : new Date(`${iso}T00:00:00Z`));

/** What lifecycleOf and referenceDate read of a record. */
const lifecycleSelect = {
  id: true,
  publicationState: true,
  cabinetApprovalOn: true,
  cabinetApprovalPrecision: true,
  cabinetApprovalBound: true,
  ...deadlineSelect,
  events: { select: { type: true, occurredOn: true, precision: true, bound: true } },
  relationsIn: { where: { type: "SUPERSEDES" }, select: { type: true, from: { select: { signedOn: true, signedPrecision: true, signedBound: true, publicationState: true, visibility: true } } } },
  relationsOut: { where: { type: "SUPERSEDES" }, select: { toId: true } },
} satisfies Prisma.AgreementSelect;

/**
 * Rewrites the derived facts of `ids` and of the records they supersede (a
 * successor's signature date decides when its predecessor is superseded).
 * `alsoIds`: records that were superseded before this save and may no longer be.
 */
export async function refreshDerived(db: Db, ids: number[], alsoIds: number[] = []): Promise<void> {
  const rows = await db.agreement.findMany({ where: { id: { in: ids } }, select: lifecycleSelect });
  const superseded = rows.flatMap((r) => r.relationsOut.map((o) => o.toId));
  const others = [...new Set([...superseded, ...alsoIds])].filter((id) => !ids.includes(id));
  const all = others.length ? [...rows, ...(await db.agreement.findMany({ where: { id: { in: others } }, select: lifecycleSelect }))] : rows;

  for (const row of all) {
    // The serializer's functions read only the fields selected above.
    const record = row as unknown as AgreementRecord;
    const ref = referenceDate(record);
    // Periods as if published: public reads select published records anyway,
    // and publishing or unpublishing then needs no rewrite.
    const periods = statusPeriods({ ...lifecycleInputOf(record), publicationState: "PUBLISHED" });
    // Raw, so that Prisma's @updatedAt stays: derived data is no edit.
    await db.$executeRaw`UPDATE "Agreement" SET "referenceOn" = ${asDate(ref?.date ?? null)}::date, "referencePrecision" = ${ref?.precision ?? null}::"DatePrecision", "derivedVersion" = ${DERIVED_VERSION} WHERE "id" = ${row.id}`;
    await db.agreementStatusPeriod.deleteMany({ where: { agreementId: row.id } });
    await db.agreementStatusPeriod.createMany({
      data: periods.map((p) => ({ agreementId: row.id, status: p.status, basis: p.basis, startsOn: asDate(p.from), endsBefore: asDate(p.until) })),
    });
    const deadlines = deadlineEvents(deadlineInputOf(record), DEADLINE_HORIZON);
    await db.agreementDeadline.deleteMany({ where: { agreementId: row.id } });
    if (deadlines.length) {
      await db.agreementDeadline.createMany({
        data: deadlines.map((d) => ({ agreementId: row.id, kind: d.kind, firstOn: asDate(d.first)!, lastOn: asDate(d.last)!, precision: d.precision, basis: d.basis })),
      });
    }
  }
}
