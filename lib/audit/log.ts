// Reading the audit log (written by the write gate, lib/api/write.ts): a page
// of entries for the admins' page, and every matching entry for the export.
// Newest first; filtered by kind of action and by a text found in who, where
// from or what.
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

export const AUDIT_PAGE_SIZE = 50;
/** The export's limit: a year of a busy registry's writes. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The kinds of action, by their prefix ("agreement.update" → "agreement"). */
export const AUDIT_KINDS = ["agreement", "source", "organization", "person", "scope-area", "user", "session", "calendar-token", "reminders"] as const;
export type AuditKind = (typeof AUDIT_KINDS)[number];

export interface AuditFilter {
  kind?: AuditKind;
  q?: string;
}

// The text is looked for in who, where from, what and on what; an account
// is named by its id in `target`, so the accounts whose e-mail holds the text
// are looked up first.
async function whereOf(db: PrismaClient, { kind, q }: AuditFilter): Promise<Prisma.AuditEntryWhereInput> {
  const text = q?.trim();
  const accounts = text ? await db.user.findMany({ where: { email: { contains: text, mode: "insensitive" } }, select: { id: true }, take: 100 }) : [];
  return {
    ...(kind ? { action: { startsWith: `${kind}.` } } : {}),
    ...(text
      ? {
          OR: [
            { actorEmail: { contains: text, mode: "insensitive" } },
            { target: { contains: text, mode: "insensitive" } },
            { target: { in: accounts.map((a) => `user:${a.id}`) } },
            { client: { contains: text } },
            { action: { contains: text } },
          ],
        }
      : {}),
  };
}

export async function auditPage(db: PrismaClient, filter: AuditFilter, page: number) {
  const where = await whereOf(db, filter);
  const [total, entries] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({ where, orderBy: { id: "desc" }, skip: (page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return { total, totalPages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)), entries };
}

export async function auditExport(db: PrismaClient, filter: AuditFilter) {
  return db.auditEntry.findMany({ where: await whereOf(db, filter), orderBy: { id: "desc" }, take: AUDIT_EXPORT_LIMIT });
}

/** The filter a page or the export was asked for; anything unknown is dropped. */
export function auditFilterOf(params: { kind?: string | null; q?: string | null }): AuditFilter {
  const kind = AUDIT_KINDS.find((k) => k === params.kind);
  const q = (params.q ?? "").trim().slice(0, 200);
  return { ...(kind ? { kind } : {}), ...(q ? { q } : {}) };
}
