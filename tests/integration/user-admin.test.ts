// Managing staff accounts: the documented command, and better-auth's admin
// endpoints, which only admins may call.
import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { getAuth } from "@/lib/auth/auth";
import { db } from "../helpers/db";
import { createStaff } from "../helpers/staff";

function userCreate(args: string[], input = "") {
  return spawnSync(process.execPath, ["--import", "tsx", "scripts/user-create.ts", ...args], { input, encoding: "utf8", env: { ...process.env }, timeout: 60_000 });
}

describe("npm run user:create", () => {
  it("creates an account with the given role and prints the generated password once", () => {
    const email = `cli-${randomUUID().slice(0, 8)}@example.org`;
    const result = userCreate(["--email", email, "--role", "admin"]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`created admin ${email}`);
    expect(result.stdout).toMatch(/password \(shown once\): \S{20,}/);
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

describe("admin endpoints", () => {
  let cookies: Record<"viewer" | "editor" | "admin", string>;
  beforeAll(async () => {
    const [viewer, editor, admin] = await Promise.all([createStaff("viewer"), createStaff("editor"), createStaff("admin")]);
    cookies = { viewer: viewer.cookie, editor: editor.cookie, admin: admin.cookie };
  });

  const call = (path: string, cookie: string, body: unknown) =>
    getAuth().handler(new Request(`http://registry.test/api/auth/admin/${path}`, { method: "POST", headers: { "content-type": "application/json", origin: "http://registry.test", cookie }, body: JSON.stringify(body) }));

  it("only an admin may create accounts or change roles", async () => {
    const target = await createStaff("viewer");
    const user = await db.user.findUniqueOrThrow({ where: { email: target.email } });
    for (const role of ["viewer", "editor"] as const) {
      const email = `by-${role}-${randomUUID().slice(0, 8)}@example.org`;
      expect((await call("create-user", cookies[role], { email, password: "a-long-enough-password", name: "x", role: "admin" })).status).toBe(403);
      expect(await db.user.findUnique({ where: { email } })).toBeNull();
      expect((await call("set-role", cookies[role], { userId: user.id, role: "admin" })).status).toBe(403);
    }
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("viewer");

    expect((await call("set-role", cookies.admin, { userId: user.id, role: "editor" })).status).toBe(200);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).role).toBe("editor");
  });
});
