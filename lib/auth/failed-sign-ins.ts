// Failed sign-ins, counted so that guessing is slow and the account's owner
// is never locked out by someone else:
// - per account *and* client: after FAILED_SIGN_IN_LIMIT.max failures within
//   the window, that client is refused (429) for that account until the
//   window passes — other clients, the owner's among them, are not;
// - per account, across clients: past ACCOUNT_CEILING.max failures within
//   the window, every attempt from a client that has never signed in to the
//   account is answered only after a delay (slowed, not refused), so many
//   clients together still guess slowly; a client that signed in to the
//   account before (the audit log says so) is not slowed.
// The client is the address the front door found (lib/server/front-door.mjs),
// which a client cannot forge. better-auth's own limiter counts requests per
// address only, and has no per-account counter, hence this small piece, kept
// in the library's RateLimit table; its rows expire (`sweepExpiredLimits`).
import { getDb } from "@/lib/db/client";

export const FAILED_SIGN_IN_LIMIT = { windowSeconds: 15 * 60, max: 5 };
export const ACCOUNT_CEILING = { max: 10, delayMs: Number(process.env.SIGN_IN_SLOWDOWN_MS ?? 2000) };
/** How long a successful sign-in makes a client "known" to an account. */
const KNOWN_CLIENT_DAYS = 90;
const PREFIX = "sign-in-failures|";
const WINDOW_MS = FAILED_SIGN_IN_LIMIT.windowSeconds * 1000;

const normalized = (email: string) => email.trim().toLowerCase();
const accountKey = (email: string) => `${PREFIX}${normalized(email)}`;
const clientKey = (email: string, client: string | null) => `${accountKey(email)}|${client ?? "unknown"}`;
const randomId = () => crypto.randomUUID();

type Row = { key: string; count: number; lastRequest: bigint };

function secondsLeft(row: Row | null | undefined, max: number, now: number): number {
  if (!row) return 0;
  const elapsed = now - Number(row.lastRequest);
  if (row.count < max || elapsed >= WINDOW_MS) return 0;
  return Math.ceil((WINDOW_MS - elapsed) / 1000);
}

/** Seconds this client stays refused for this account, or 0. */
export async function lockedFor(email: string, client: string | null, now = Date.now()): Promise<number> {
  return secondsLeft(await getDb().rateLimit.findUnique({ where: { key: clientKey(email, client) } }), FAILED_SIGN_IN_LIMIT.max, now);
}

/**
 * How long to hold this attempt before answering it: ACCOUNT_CEILING.delayMs
 * when the account has had more failures than the ceiling within the window
 * and this client never signed in to it, else 0.
 */
export async function signInDelay(email: string, client: string | null, now = Date.now()): Promise<number> {
  const account = await getDb().rateLimit.findUnique({ where: { key: accountKey(email) } });
  if (secondsLeft(account, ACCOUNT_CEILING.max, now) === 0) return 0;
  return (await isKnownClient(email, client, now)) ? 0 : ACCOUNT_CEILING.delayMs;
}

async function isKnownClient(email: string, client: string | null, now: number): Promise<boolean> {
  if (!client) return false;
  const since = new Date(now - KNOWN_CLIENT_DAYS * 24 * 3600 * 1000);
  const success = await getDb().auditEntry.findFirst({ where: { action: "session.sign-in", actorEmail: normalized(email), client, at: { gte: since } }, select: { id: true } });
  return success !== null;
}

export type AccountLock = { seconds: number; clients: number };

/**
 * The clients refused per account, for the users page, in one query: e-mail →
 * how many clients are refused and for how long at most (locked accounts only).
 */
export async function lockedAccounts(emails: string[], now = Date.now()): Promise<Map<string, AccountLock>> {
  const rows = await getDb().rateLimit.findMany({ where: { OR: emails.map((email) => ({ key: { startsWith: `${accountKey(email)}|` } })) } });
  const locked = new Map<string, AccountLock>();
  for (const email of emails) {
    const prefix = `${accountKey(email)}|`;
    for (const row of rows) {
      if (!row.key.startsWith(prefix)) continue;
      const seconds = secondsLeft(row, FAILED_SIGN_IN_LIMIT.max, now);
      if (seconds === 0) continue;
      const lock = locked.get(email) ?? { seconds: 0, clients: 0 };
      locked.set(email, { seconds: Math.max(lock.seconds, seconds), clients: lock.clients + 1 });
    }
  }
  return locked;
}

async function count(key: string, now: number): Promise<void> {
  const db = getDb();
  const row = await db.rateLimit.findUnique({ where: { key } });
  const expired = !row || now - Number(row.lastRequest) >= WINDOW_MS;
  await db.rateLimit.upsert({
    where: { key },
    create: { id: randomId(), key, count: 1, lastRequest: BigInt(now) },
    update: expired ? { count: 1, lastRequest: BigInt(now) } : { count: { increment: 1 }, lastRequest: BigInt(now) },
  });
}

export async function recordFailedSignIn(email: string, client: string | null, now = Date.now()): Promise<void> {
  await count(clientKey(email, client), now);
  await count(accountKey(email), now);
}

/** After a success: this client's failures for the account are forgiven; other clients' stay. */
export async function forgiveClient(email: string, client: string | null): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { key: clientKey(email, client) } });
}

/** An admin's unlock: every client's failures for the account, and the account's count. */
export async function clearFailedSignIns(email: string): Promise<void> {
  await getDb().rateLimit.deleteMany({ where: { OR: [{ key: accountKey(email) }, { key: { startsWith: `${accountKey(email)}|` } }] } });
}

/**
 * Deletes limiter rows (these and better-auth's per-address ones) whose
 * window has passed, so the table holds only live counts. Run after every
 * sign-in attempt: the table only grows through attempts.
 */
export async function sweepExpiredLimits(now = Date.now()): Promise<number> {
  const { count: deleted } = await getDb().rateLimit.deleteMany({ where: { lastRequest: { lt: BigInt(now - WINDOW_MS) } } });
  return deleted;
}
