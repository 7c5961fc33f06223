// Private calendar feeds for staff: a random token in the URL is the only
// credential (calendar programs cannot sign in), so it is long, stored only as
// its SHA-256 hash, shown once when made, and revocable. Making a new one
// revokes the old: each staff member has at most one working link.
import { createHash, randomBytes } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";

type Db = PrismaClient | Prisma.TransactionClient;

const hash = (token: string) => createHash("sha256").update(token).digest("hex");

/** A new token for `userId` (the previous one stops working); returns the token itself, never stored. */
export async function createCalendarToken(db: PrismaClient, userId: string): Promise<string> {
  const token = randomBytes(32).toString("base64url");
  await db.$transaction([
    db.calendarToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } }),
    db.calendarToken.create({ data: { userId, tokenHash: hash(token) } }),
  ]);
  return token;
}

export async function revokeCalendarTokens(db: Db, userId: string): Promise<number> {
  const { count } = await db.calendarToken.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: new Date() } });
  return count;
}

/** The staff member a token belongs to, if it works: not revoked, and its owner not deactivated. */
export async function calendarTokenOwner(db: Db, token: string): Promise<{ userId: string } | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
  const row = await db.calendarToken.findUnique({ where: { tokenHash: hash(token) }, select: { userId: true, revokedAt: true, user: { select: { banned: true, role: true } } } });
  if (!row || row.revokedAt || row.user.banned || !row.user.role) return null;
  return { userId: row.userId };
}

/** When the working token was made, if there is one. */
export async function activeCalendarToken(db: Db, userId: string): Promise<{ createdAt: Date } | null> {
  return db.calendarToken.findFirst({ where: { userId, revokedAt: null }, select: { createdAt: true }, orderBy: { createdAt: "desc" } });
}
