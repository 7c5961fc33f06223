// Sign-in through the auth library's own HTTP handler, on a real database.
import { beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { FAILED_SIGN_IN_LIMIT } from "@/lib/auth/failed-sign-ins";
import { db } from "../helpers/db";
import { createStaff, TEST_PASSWORD } from "../helpers/staff";

// One client address per test: the per-address limit is not what is tested.
let client = 0;
function signIn(email: string, password: string) {
  client += 1;
  return getAuth().handler(
    new Request("http://registry.test/api/auth/sign-in/email", {
      method: "POST",
      headers: { "content-type": "application/json", origin: "http://registry.test", "x-forwarded-for": `198.51.100.${client}` },
      body: JSON.stringify({ email, password }),
    }),
  );
}

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

  it("answers 429 after repeated failures for one account, even to the right password, and only for that account", async () => {
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT.max; i++) expect((await signIn(target, "wrong-password-123")).status).toBe(401);
    const locked = await signIn(target, TEST_PASSWORD);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("x-retry-after"))).toBeGreaterThan(0);
    expect((await signIn(other, TEST_PASSWORD)).status).toBe(200);

    // Every attempt is in the audit log, with the address it came from.
    const failures = await db.auditEntry.findMany({ where: { actorEmail: target, action: { in: ["session.sign-in-failed", "session.refused-locked"] } }, orderBy: { id: "asc" } });
    expect(failures.map((e) => e.action)).toEqual([...Array(FAILED_SIGN_IN_LIMIT.max).fill("session.sign-in-failed"), "session.refused-locked"]);
    expect(failures[0]!.client).toMatch(/^198\.51\.100\.\d+$/);
    const user = await db.user.findUniqueOrThrow({ where: { email: other } });
    const success = await db.auditEntry.findFirstOrThrow({ where: { actorEmail: other, action: "session.sign-in" }, orderBy: { id: "desc" } });
    expect(success).toMatchObject({ actorId: user.id, target: `user:${user.id}` });
  });

  it("has no public sign-up", async () => {
    const response = await getAuth().handler(
      new Request("http://registry.test/api/auth/sign-up/email", {
        method: "POST",
        headers: { "content-type": "application/json", origin: "http://registry.test", "x-forwarded-for": "198.51.100.200" },
        body: JSON.stringify({ email: "intruder@example.org", password: "a-long-enough-password", name: "x" }),
      }),
    );
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(await db.user.findUnique({ where: { email: "intruder@example.org" } })).toBeNull();
  });
});
