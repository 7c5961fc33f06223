// Managing staff accounts: the documented command, and the write gate's user
// endpoints, which only admins may call and which write the audit log.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { POST as createUserRoute } from "@/app/api/editor/users/route";
import { POST as changeUserRoute } from "@/app/api/editor/users/[id]/route";
import { POST as authPost } from "@/app/api/auth/[...all]/route";
import { GET as auditCsv } from "@/app/api/editor/audit/route";
import { db } from "../helpers/db";
import { createStaff, TEST_PASSWORD } from "../helpers/staff";
import { FAILED_SIGN_IN_LIMIT, lockedAccounts, lockedFor } from "@/lib/auth/failed-sign-ins";
import { CLIENT_HEADER } from "@/lib/server/client-header.mjs";

function userCreate(args: string[], input = "") {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], { input, encoding: "utf8", env: { ...process.env }, timeout: 60_000 });
}

describe("npm run user:create", () => {
  it("creates an account with the given role and prints the generated password once", async () => {
    const email = `cli-${randomUUID().slice(0, 8)}@example.org`;
    const result = userCreate(["--email", email, "--role", "admin"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`created admin ${email}`);
    expect(result.stdout).toMatch(/password \(shown once\): \S{20,}/);
    // Audited as an admin's creation is, the command as the actor.
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const entries = await db.auditEntry.findMany({ where: { target: `user:${user.id}` } });
    expect(entries.map((e) => ({ action: e.action, actorEmail: e.actorEmail, details: e.details }))).toEqual([{ action: "user.create", actorEmail: "npm run user:create", details: { email, role: "admin", via: "command line" } }]);
  });

  it("refuses a bad role, a bad e-mail, a short password and a duplicate, each in one line", async () => {
    const bad = userCreate(["--email", "not-an-email", "--role", "boss"]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n").filter((l) => l.includes("[registry]"))).toEqual(["[registry] error: --email must be an e-mail address; --role must be one of viewer, editor, admin"]);

    const email = `cli-${randomUUID().slice(0, 8)}@example.org`;
    const short = userCreate(["--email", email, "--role", "viewer", "--password-stdin"], "short");
    expect(short.status).toBe(2);
    expect(short.stderr).toContain("at least 12 characters");
    expect(await db.user.findUnique({ where: { email } })).toBeNull();

    expect(userCreate(["--email", email, "--role", "viewer", "--password-stdin"], "a-long-enough-password").status).toBe(0);
    const again = userCreate(["--email", email, "--role", "editor", "--password-stdin"], "a-long-enough-password");
    expect(again.status).toBe(2);
    expect(again.stderr).toContain("already exists");
    expect((await db.user.findUniqueOrThrow({ where: { email } })).role).toBe("viewer");
  });
});

describe("user administration through the write gate", () => {
  let cookies: Record<"viewer" | "editor" | "admin", string>;
  let adminId: string;
  beforeAll(async () => {
    const [viewer, editor, admin] = await Promise.all([createStaff("viewer"), createStaff("editor"), createStaff("admin")]);
    cookies = { viewer: viewer.cookie, editor: editor.cookie, admin: admin.cookie };
    adminId = (await db.user.findUniqueOrThrow({ where: { email: admin.email } })).id;
  });

  const post = (path: string, cookie: string, body: unknown, handler: (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>, id = "") =>
    handler(new Request(`http://registry.test/api/editor/users${path}`, { method: "POST", headers: { "content-type": "application/json", origin: "http://registry.test", cookie }, body: JSON.stringify(body) }), {
      params: Promise.resolve({ id }),
    });
  const create = (cookie: string, body: unknown) => post("", cookie, body, (request) => createUserRoute(request));
  const change = (cookie: string, id: string, body: unknown) => post(`/${id}`, cookie, body, changeUserRoute, id);
  // Account changes (sign-ins are logged under the account too).
  const auditOf = (target: string) => db.auditEntry.findMany({ where: { target, action: { startsWith: "user." } }, orderBy: { id: "asc" } });

  it("a role change by an admin is made and audited; a viewer's or an editor's is refused (403) and leaves no entry", async () => {
    const target = await createStaff("viewer");
    const user = await db.user.findUniqueOrThrow({ where: { email: target.email } });
    for (const role of ["viewer", "editor"] as const) {
      const refused = await change(cookies[role], user.id, { action: "set-role", role: "admin" });
      expect(refused.status).toBe(403);
      expect((await refused.json()).error).toMatchObject({ code: "forbidden", message: expect.any(String) });
      const email = `by-${role}-${randomUUID().slice(0, 8)}@example.org`;
      expect((await create(cookies[role], { email, name: "x", role: "admin" })).status).toBe(403);
      expect(await db.user.findUnique({ where: { email } })).toBeNull();
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("viewer");
    expect(await auditOf(`user:${user.id}`)).toEqual([]);

    const made = await change(cookies.admin, user.id, { action: "set-role", role: "editor" });
    expect(made.status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("editor");
    const entries = await auditOf(`user:${user.id}`);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ actorId: adminId, action: "user.set-role", details: { role: "editor", before: { role: "viewer", active: true } } });
  });

  it("an admin creates an account (its one-time password works), resets a password, deactivates and reactivates, each audited", async () => {
    const email = `made-${randomUUID().slice(0, 8)}@example.org`;
    const made = await create(cookies.admin, { email, name: "New Staff", role: "editor" });
    expect(made.status).toBe(201);
    const { id, password } = (await made.json()) as { id: string; password: string };
    expect(password.length).toBeGreaterThanOrEqual(20);
    await expect(getAuth().api.signInEmail({ body: { email, password } })).resolves.toMatchObject({ user: { email } });

    const again = await create(cookies.admin, { email, name: "", role: "viewer" });
    expect(again.status).toBe(422);
    expect((await again.json()).error.fieldErrors).toEqual({ email: "exists" });
    const bad = await create(cookies.admin, { email: "not-an-email", name: "", role: "viewer" });
    expect((await bad.json()).error.fieldErrors).toEqual({ email: "badEmail" });

    const reset = await change(cookies.admin, id, { action: "reset-password" });
    const { password: fresh } = (await reset.json()) as { password: string };
    expect(fresh).not.toBe(password);
    await expect(getAuth().api.signInEmail({ body: { email, password: fresh } })).resolves.toMatchObject({ user: { email } });

    expect((await change(cookies.admin, id, { action: "deactivate" })).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).banned).toBe(true);
    expect((await change(cookies.admin, id, { action: "reactivate" })).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id } })).banned).toBe(false);

    const entries = await auditOf(`user:${id}`);
    expect(entries.map((e) => e.action)).toEqual(["user.create", "user.reset-password", "user.deactivate", "user.reactivate"]);
    // Passwords are never written to the audit log.
    expect(JSON.stringify(entries)).not.toContain(password);
    expect(JSON.stringify(entries)).not.toContain(fresh);
  });

  it("an admin cannot demote or deactivate themself; an unknown account is 404", async () => {
    expect((await change(cookies.admin, adminId, { action: "set-role", role: "viewer" })).status).toBe(403);
    expect((await change(cookies.admin, adminId, { action: "deactivate" })).status).toBe(403);
    expect((await db.user.findUniqueOrThrow({ where: { id: adminId } })).role).toBe("admin");
    expect((await change(cookies.admin, "no-such-user", { action: "deactivate" })).status).toBe(404);
    expect((await change(cookies.admin, adminId, { action: "promote" })).status).toBe(400);
  });

  it("admins export the audit log as CSV, filtered; editors and the signed-out cannot", async () => {
    const target = await createStaff("viewer");
    const user = await db.user.findUniqueOrThrow({ where: { email: target.email } });
    await change(cookies.admin, user.id, { action: "set-role", role: "editor" });
    const exportAs = (cookie: string) => auditCsv(new Request(`http://registry.test/api/editor/audit?kind=user&q=${user.id}`, { headers: { cookie } }));
    expect((await exportAs("")).status).toBe(401);
    expect((await exportAs(cookies.editor)).status).toBe(403);
    const csv = await exportAs(cookies.admin);
    expect(csv.status).toBe(200);
    const lines = (await csv.text()).replace(/^\uFEFF/, "").trim().split("\n");
    expect(lines[0]).toBe("at,actor,client,action,target,details");
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain(`user.set-role,user:${user.id}`);
  });

  it("an admin clears a sign-in lock, so the owner can sign in again at once; audited", async () => {
    const target = await createStaff("editor");
    const user = await db.user.findUniqueOrThrow({ where: { email: target.email } });
    const client = "203.0.113.9";
    const signIn = (password: string) =>
      getAuth().handler(
        new Request("http://registry.test/api/auth/sign-in/email", {
          method: "POST",
          headers: { "content-type": "application/json", origin: "http://registry.test", [CLIENT_HEADER]: client },
          body: JSON.stringify({ email: target.email, password }),
        }),
      );
    for (let i = 0; i < FAILED_SIGN_IN_LIMIT.max; i++) await signIn("wrong-password-123");
    expect(await lockedFor(target.email, client)).toBeGreaterThan(0);
    // The users page reads every account's lock in one query.
    const locks = await lockedAccounts([target.email, "nobody@example.org"]);
    expect([...locks.entries()]).toEqual([[target.email, { seconds: expect.any(Number), clients: 1 }]]);
    expect((await signIn(TEST_PASSWORD)).status).toBe(429);
    expect((await change(cookies.editor, user.id, { action: "clear-lock" })).status).toBe(403);
    expect((await change(cookies.admin, user.id, { action: "clear-lock" })).status).toBe(200);
    expect(await lockedFor(target.email, client)).toBe(0);
    expect((await signIn(TEST_PASSWORD)).status).toBe(200);
    expect((await auditOf(`user:${user.id}`)).map((e) => e.action)).toEqual(["user.clear-lock"]);
  });

  it("the auth library's own admin endpoints are not served over HTTP, even to an admin", async () => {
    const target = await createStaff("viewer");
    const user = await db.user.findUniqueOrThrow({ where: { email: target.email } });
    const direct = await authPost(new Request("http://registry.test/api/auth/admin/set-role", { method: "POST", headers: { "content-type": "application/json", origin: "http://registry.test", cookie: cookies.admin }, body: JSON.stringify({ userId: user.id, role: "admin" }) }));
    expect(direct.status).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("viewer");
  });
});
