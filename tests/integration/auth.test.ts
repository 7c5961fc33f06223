// Sign-in through the auth library's own HTTP handler, on a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { ACCOUNT_CEILING, FAILED_SIGN_IN_LIMIT, lockedFor, signInDelay } from "@/lib/auth/failed-sign-ins";
import { CLIENT_HEADER } from "@/lib/server/client-header.mjs";
import { db } from "../helpers/db";
import { createStaff, TEST_PASSWORD } from "../helpers/staff";

// The client's address is what the front door (lib/server/front-door.mjs)
// hands the app in CLIENT_HEADER; these requests play that part.
function signInFrom(client: string, email: string, password: string) {
  return getAuth().handler(
    new Request("http://registry.test/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://registry.test", [CLIENT_HEADER]: client },
      body: JSON.stringify({ email, password }),
    }),
  );
}
// A new client address per call where the per-address limit is not what is tested.
let client = 0;
const signIn = (email: string, password: string) => signInFrom(`198.51.100.${++client}`, email, password);

let target: string;
let other: string;
beforeAll(async () => {
  [target, other] = await Promise.all([createStaff("editor"), createStaff("viewer")]).then((s) => s.map((x) => x.email));
});

describe("sign-in", () => {
  it("sets an httpOnly, SameSite session cookie and stores only a scrypt hash", async () => {
    const response = await signIn(other, TEST_PASSWORD);
    expect(response.status).toBe(200);
    const cookie = response.headers.getSetCookie().find((c) => c.includes("session_token"))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    const account = await db.account.findFirstOrThrow({ where: { user: { email: other } } });
    expect(account.password).not.toContain(TEST_PASSWORD);
    expect(account.password).toMatch(/^[0-9a-f]+:[0-9a-f]+$/);
  });

  it("answers an e-mail holding a NUL or a lone surrogate as a wrong one (400), never a 500", async () => {
    for (const email of [`a\u0000${other}`, `\ud800${other}`, "x\u0000"]) {
      const response = await signIn(email, TEST_PASSWORD);
      expect([email, response.status]).toEqual([email, 400]);
    }
  });

  it("refuses a client after repeated failures for one account, even the right password, but not other clients or accounts", async () => {
    const attacker = "192.0.2.66";
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT.max; i++) expect((await signInFrom(attacker, target, "wrong-password-123")).status).toBe(401);
    const locked = await signInFrom(attacker, target, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect(await lockedFor(target, attacker)).toBeGreaterThan(0);
    // The same account from another client, and another account from the locked client.
    expect((await signInFrom("192.0.2.67", target, TEST_PASSWORD)).status).toBe(200);
    expect((await signInFrom(attacker, other, TEST_PASSWORD)).status).toBe(200);

    // Every attempt is in the audit log, with the address it came from.
    const failures = await db.auditEntry.findMany({ where: { actorEmail: target, action: { in: ["session.sign-in-failed", "session.refused-locked"] } }, orderBy: { id: "asc" } });
    expect(failures.map((e) => e.action)).toEqual([...Array(FAILED_SIGN_IN_LIMIT.max).fill("session.sign-in-failed"), "session.refused-locked"]);
    expect(new Set(failures.map((e) => e.client))).toEqual(new Set([attacker]));
    const user = await db.user.findUniqueOrThrow({ where: { email: other } });
    const success = await db.auditEntry.findFirstOrThrow({ where: { actorEmail: other, action: "session.sign-in" }, orderBy: { id: "desc" } });
    expect(success).toMatchObject({ actorId: user.id, target: `user:${user.id}`, client: attacker });
  });

  it("100 wrong passwords from other clients do not stop the owner from signing in from their usual client", async () => {
    const owner = await createStaff("editor");
    const usual = "198.18.0.1";
    expect((await signInFrom(usual, owner.email, TEST_PASSWORD)).status).toBe(200);
    // Ten clients at a time, 100 in all, each one wrong password.
    const attackers = Array.from({ length: 100 }, (_, i) => `203.0.113.${i + 1}`);
    for (let i = 0; i < attackers.length; i += 10) {
      const answers = await Promise.all(attackers.slice(i, i + 10).map((a) => signInFrom(a, owner.email, "wrong-password-123")));
      expect(answers.map((r) => r.status)).toEqual(Array(answers.length).fill(401));
    }
    // Past the account's ceiling, strangers are slowed; the usual client is not.
    expect(await signInDelay(owner.email, "203.0.113.200")).toBe(ACCOUNT_CEILING.delayMs);
    expect(await signInDelay(owner.email, usual)).toBe(0);
    expect((await signInFrom(usual, owner.email, TEST_PASSWORD)).status).toBe(200);
    // Slowed is not refused: the owner on a new client gets in too.
    expect((await signInFrom("198.18.0.2", owner.email, TEST_PASSWORD)).status).toBe(200);

    const log = await db.auditEntry.findMany({ where: { actorEmail: owner.email }, orderBy: { id: "asc" } });
    const failed = log.filter((e) => e.action === "session.sign-in-failed");
    expect(failed).toHaveLength(100);
    expect(new Set(failed.map((e) => e.client))).toEqual(new Set(attackers));
    // (createStaff's own sign-in came with no address.)
    expect(log.filter((e) => e.action === "session.sign-in" && e.client).map((e) => e.client)).toEqual([usual, usual, "198.18.0.2"]);
  });

  it("keeps the limiter's table to live counts: expired rows go after the next attempt", async () => {
    const old = BigInt(Date.now() - 2 * FAILED_SIGN_IN_LIMIT.windowSeconds * 1000);
    await db.rateLimit.create({ data: { id: crypto.randomUUID(), key: "203.0.113.250|/sign-in/email", count: 3, lastRequest: old } });
    await db.rateLimit.create({ data: { id: crypto.randomUUID(), key: "sign-in-failures|gone@example.org|203.0.113.250", count: 9, lastRequest: old } });
    await signIn(other, "wrong-password-123");
    expect(await db.rateLimit.count({ where: { lastRequest: { lte: old } } })).toBe(0);
    expect(await db.rateLimit.count({ where: { key: { startsWith: `sign-in-failures|${other}` } } })).toBe(2);
  });

  it("has no public sign-up", async () => {
    const response = await getAuth().handler(
      new Request("http://registry.test/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://registry.test", [CLIENT_HEADER]: "198.51.100.200" },
        body: JSON.stringify({ email: "intruder@example.org", password: "a-long-enough-password", name: "x" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.findUnique({ where: { email: "intruder@example.org" } })).toBeNull();
  });
});
