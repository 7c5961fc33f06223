// Reads for the staff pages of shared entities: lists with search and how
// many records use each, one entity with the records it touches and its
// history, and candidates to merge a person or a scope area with.
import { getDb } from "@/lib/db/client";
import type { EntityKind } from "@/lib/entities/affected";

export const ENTITY_PAGE_SIZE = 50;
const contains = (q: string) => ({ contains: q, mode: "insensitive" as const });
const pageOf = (page: number) => ({ skip: (page - 1) * ENTITY_PAGE_SIZE, take: ENTITY_PAGE_SIZE });
const pagesFor = (total: number) => Math.max(1, Math.ceil(total / ENTITY_PAGE_SIZE));

export interface EntityRow {
  id: number;
  th: string;
  en: string;
  extra: string | null;
  /** The language of `extra` when it is a name (a person's Japanese name). */
  extraLang?: "ja";
  records: number;
}

export async function listEntities(kind: Exclude<EntityKind, "source">, q: string, page: number): Promise<{ rows: EntityRow[]; total: number; pages: number }> {
  const db = getDb();
  if (kind === "organization") {
    const where = q ? { OR: [{ nameTh: contains(q) }, { nameEn: contains(q) }, { nameJa: contains(q) }, { abbreviation: contains(q) }] } : {};
    const [total, rows] = await Promise.all([
      db.organization.count({ where }),
      db.organization.findMany({ where, orderBy: [{ nameEn: "asc" }, { id: "asc" }], ...pageOf(page), include: { _count: { select: { parties: true } } } }),
    ]);
    return { total, pages: pagesFor(total), rows: rows.map((o) => ({ id: o.id, th: o.nameTh, en: o.nameEn, ja: o.nameJa, extra: [o.abbreviation, o.countryCode].filter(Boolean).join(" · "), records: o._count.parties })) };
  }
  if (kind === "person") {
    const where = q ? { OR: [{ nameTh: contains(q) }, { nameEn: contains(q) }, { nameJa: contains(q) }] } : {};
    const [total, rows] = await Promise.all([
      db.person.count({ where }),
      db.person.findMany({ where, orderBy: [{ nameEn: "asc" }, { id: "asc" }], ...pageOf(page), include: { signatories: { select: { agreementId: true } } } }),
    ]);
    return { total, pages: pagesFor(total), rows: rows.map((p) => ({ id: p.id, th: p.nameTh, en: p.nameEn, ja: p.nameJa, extra: p.nameJa, extraLang: "ja" as const, records: new Set(p.signatories.map((s) => s.agreementId)).size })) };
  }
  const where = q ? { OR: [{ labelTh: contains(q) }, { labelEn: contains(q) }, { labelJa: contains(q) }, { key: contains(q) }] } : {};
  const [total, rows] = await Promise.all([
    db.scopeArea.count({ where }),
    db.scopeArea.findMany({ where, orderBy: [{ labelEn: "asc" }, { id: "asc" }], ...pageOf(page), include: { _count: { select: { agreements: true } } } }),
  ]);
  return { total, pages: pagesFor(total), rows: rows.map((s) => ({ id: s.id, th: s.labelTh, en: s.labelEn, ja: s.labelJa, extra: s.key, records: s._count.agreements })) };
}

const recordSelect = { id: true, slug: true, titleTh: true, titleEn: true, titleJa: true, publicationState: true, visibility: true } as const;

export async function recordsById(ids: number[]) {
  return getDb().agreement.findMany({ where: { id: { in: ids } }, select: recordSelect, orderBy: { id: "asc" } });
}

export async function entityHistory(entity: EntityKind, id: number) {
  return getDb().entityRevision.findMany({ where: { entity, entityId: id }, orderBy: { id: "desc" }, take: 50 });
}

/** People whose names look like this person's (trigram similarity, either language), or match `q`: merge candidates. */
export async function personMergeCandidates(id: number, q: string) {
  const db = getDb();
  const person = await db.person.findUnique({ where: { id } });
  if (!person) return [];
  const similar = q
    ? await db.person.findMany({ where: { id: { not: id }, OR: [{ nameTh: contains(q) }, { nameEn: contains(q) }, { nameJa: contains(q) }] }, take: 20, orderBy: { nameEn: "asc" } })
    : await db.$queryRaw<Array<{ id: number; nameTh: string; nameEn: string; nameJa: string | null }>>`
        SELECT "id", "nameTh", "nameEn", "nameJa" FROM "Person"
        WHERE "id" <> ${id} AND (similarity("nameEn", ${person.nameEn}) > 0.2 OR similarity("nameTh", ${person.nameTh}) > 0.2)
        ORDER BY GREATEST(similarity("nameEn", ${person.nameEn}), similarity("nameTh", ${person.nameTh})) DESC, "id" LIMIT 20`;
  const counts = new Map<number, number>();
  for (const s of await db.signatory.findMany({ where: { personId: { in: similar.map((p) => p.id) } }, select: { personId: true, agreementId: true }, distinct: ["personId", "agreementId"] }))
    counts.set(s.personId!, (counts.get(s.personId!) ?? 0) + 1);
  return similar.map((p) => ({ id: p.id, th: p.nameTh, en: p.nameEn, ja: p.nameJa, records: counts.get(p.id) ?? 0 }));
}

/** Every other scope area (there are tens, not thousands): merge candidates. */
export async function scopeAreaMergeCandidates(id: number) {
  const rows = await getDb().scopeArea.findMany({ where: { id: { not: id } }, orderBy: { labelEn: "asc" }, include: { _count: { select: { agreements: true } } } });
  return rows.map((s) => ({ id: s.id, th: s.labelTh, en: s.labelEn, ja: s.labelJa, records: s._count.agreements }));
}
