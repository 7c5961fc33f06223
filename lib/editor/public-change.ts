// What a write changes of what the public sees, for the write gate to expire
// the cached public reads it affects (lib/cache/invalidate.ts).
import type { Prisma } from "@/lib/generated/prisma/client";
import { NO_PUBLIC_CHANGE, type PublicChange } from "@/lib/cache/invalidate";
import type { AgreementInput } from "@/lib/editor/schema";

type Tx = Prisma.TransactionClient;

export const isPublic = (state: string, visibility: string) => state === "PUBLISHED" && visibility === "PUBLIC";
export const supersedes = (input: AgreementInput | null) => (input?.relations ?? []).some((r) => r.type === "SUPERSEDES");

/** The record's slug and those of every record related to it, either way. */
export async function slugsAround(tx: Tx, id: number): Promise<string[]> {
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
export function publicChange(wasPublic: boolean, nowPublic: boolean, before: { input: AgreementInput | null; slugs: string[] }, after: { input: AgreementInput; slugs: string[] }): PublicChange {
  const isPublicChange = wasPublic || nowPublic || supersedes(before.input) || supersedes(after.input);
  return isPublicChange ? { slugs: [...new Set([...before.slugs, ...after.slugs])], public: true } : NO_PUBLIC_CHANGE;
}
