// Repeated failed sign-ins to one account are refused with 429 for a while.
// better-auth's own limiter counts requests per client address; that address
// comes from X-Forwarded-For, which Next.js passes through as the client sent
// it when no proxy sets it, so an attacker could rotate it. Counting failures
// per account closes that gap. The library has no per-account counter, hence
// this small piece, kept in the library's RateLimit table.
import { getDb } from "@/lib/db/client";

export const FAILED_SIGN_IN_LIMIT = { windowSeconds: 15 * 60, max: 5 };

const keyOf = (email: string) => `sign-in-failures|${email.trim().toLowerCase()}`;
const randomId = () => crypto.randomUUID();

function secondsLeft(row: { count: number; lastRequest: bigint } | null, now: number): number {
  if (!row) return 0;
  const elapsed = now - Number(row.lastRequest);
  if (row.count < FAILED_SIGN_IN_LIMIT.max || elapsed >= FAILED_SIGN_IN_LIMIT.windowSeconds * 1000) return 0;
  return Math.ceil((FAILED_SIGN_IN_LIMIT.windowSeconds * 1000 - elapsed) / 1000);
}

/** Seconds the account stays locked, or 0. */
export async function lockedFor(email: string, now = Date.now()): Promise<number> {
  return secondsLeft(await getDb().rateLimit.findUnique({ where: { key: keyOf(email) } }), now);
}

/** lockedFor for many accounts in one query (the users page): e-mail → seconds, locked ones only. */
export async function lockedAccounts(emails: string[], now = Date.now()): Promise<Map<string, number>> {
  const rows = await getDb().rateLimit.findMany({ where: { key: { in: emails.map(keyOf) } } });
  const byKey = new Map(rows.map((r) => [r.key, r]));
  const locked = new Map<string, number>();
  for (const email of emails) {
    const seconds = secondsLeft(byKey.get(keyOf(email)) ?? null, now);
    if (seconds > 0) locked.set(email, seconds);
  }
  return locked;
}

export async function recordFailedSignIn(email: string, now = Date.now()): Promise<void> {
  const key = keyOf(email);
  const row = await getDb().rateLimit.findUnique({ where: { key } });
  const expired = !row || now - Number(row.lastRequest) >= FAILED_SIGN_IN_LIMIT.windowSeconds * 1000;
  await getDb().rateLimit.upsert({
    where: { key },
    create: { id: randomId(), key, count: 1, lastRequest: BigInt(now) },
    update: expired ? { count: 1, lastRequest: BigInt(now) } : { count: { increment: 1 }, lastRequest: BigInt(now) },
  });
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key: keyOf(email) } });
}
