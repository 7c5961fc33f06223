// The README's first command, as a new user runs it: no DATABASE_URL, so the
// embedded database starts, is migrated and seeded, and the registry is served.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "registry-start-"));
let child: ChildProcess | null = null;
let output = "";

async function serve(port: number): Promise<void> {
  child = spawn("node", ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), REGISTRY_DATA_DIR: dataDir },
    detached: true,
  });
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    const ok = await fetch(`http://127.0.0.1:${port}/th`).then((r) => r.ok, () => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`npm start did not serve in time:\n${output}`);
}

/**
 * Stops npm start and waits until it has exited, which it does only after the
 * embedded database has closed its files: a second start on the same folder
 * must not open them while the first is still writing (a fixed wait here made
 * the second start fail on a busy machine).
 */
async function stop(): Promise<void> {
  const running = child;
  child = null;
  if (!running?.pid || running.exitCode !== null || running.signalCode !== null) return;
  const exited = new Promise((resolve) => running.once("exit", resolve));
  try {
    process.kill(-running.pid, "SIGTERM");
  } catch {
    return; // already gone
  }
  await exited;
}

afterAll(async () => {
  await stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start on the embedded database", () => {
  it("serves the seeded registry, and a second start keeps the data without re-seeding", async () => {
    await serve(await freePort());
    expect(output).toContain("starting the embedded database");
    expect(output).toContain("seed: 5 records added");
    const port = Number(/localhost:(\d+)/.exec(output)![1]);
    const page = await (await fetch(`http://127.0.0.1:${port}/en/agreements/joint-statement-ict-2015`)).text();
    expect(page).toContain("30 April 2015");
    const api = await (await fetch(`http://127.0.0.1:${port}/api/v1/agreements`)).json();
    expect(api.data).toHaveLength(5);

    // The README's first admin, made while the registry runs, can sign in.
    const created = spawnSync("node", ["--import", "tsx", "scripts/user-create.ts", "--email", "first-admin@example.org", "--role", "admin", "--password-stdin"], {
      input: "first-admin-password",
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: "", REGISTRY_DATA_DIR: dataDir },
    });
    expect(created.stdout + created.stderr).toContain("created admin first-admin@example.org");
    const origin = `http://127.0.0.1:${port}`;
    const signIn = await fetch(`${origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin },
      body: JSON.stringify({ email: "first-admin@example.org", password: "first-admin-password" }),
    });
    expect(signIn.status).toBe(200);
    expect(signIn.headers.get("set-cookie")).toMatch(/HttpOnly/i);
    await stop();

    output = "";
    await serve(await freePort());
    expect(output).toContain("seed: 0 records added, 5 already present");
    expect(output).not.toContain("building the app");
  });
});
