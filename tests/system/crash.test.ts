// The embedded database under a hard kill: `npm start` (the process that
// holds PGlite, and the server) is killed with SIGKILL 20 times while editors
// are saving; every save the server acknowledged (201) is there after the
// next start, and every next start opens the database and passes its checks
// (connection, migrations, seed). And a SIGTERM lets the saves in flight
// finish before the database is closed.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runningEmbeddedUrl } from "@/lib/db/running";
import { createUser } from "../setup/databases";
import { minimalInput } from "../e2e/helpers/staff";
import { query, signIn, startApp, type RunningApp } from "./app";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "registry-crash-"));
const env = { DATABASE_URL: "", REGISTRY_DATA_DIR: dataDir };
let app: RunningApp | undefined;
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

let counter = 0;
/** Saves new drafts one after another until the server stops answering; calls `acknowledged` with each slug answered 201. */
async function saveUntilGone(origin: string, cookie: string, acknowledged: (slug: string) => void, prefix = "crash"): Promise<string[]> {
  const failures: string[] = [];
  for (;;) {
    const slug = `${prefix}-${process.pid}-${++counter}`;
    try {
      const response = await fetch(`${origin}/api/editor/agreements`, {
        method: "POST",
        headers: { "content-type": "application/json", origin, cookie },
        body: JSON.stringify({ input: minimalInput(slug) }),
      });
      if (response.status !== 201) {
        failures.push(`${response.status} ${await response.text()}`);
        return failures;
      }
      await response.body?.cancel();
      acknowledged(slug);
    } catch (error) {
      // The connection was refused or cut: the server is gone.
      failures.push(String((error as { cause?: { code?: string } }).cause?.code ?? error));
      return failures;
    }
  }
}

async function present(slugs: string[]): Promise<number> {
  const rows = await query<{ n: string }>(runningEmbeddedUrl(dataDir)!, `SELECT count(*) AS n FROM "Agreement" WHERE "slug" = ANY($1)`, [slugs]);
  return Number(rows[0]!.n);
}

describe("the embedded database when npm start dies", () => {
  it("20 × kill -9 during saves: no acknowledged save lost, the database opens and passes its checks every time", { timeout: 1_800_000 }, async () => {
    app = await startApp(env);
    await createUser("", "crash-editor@example.org", "editor", "crash-editor-password", env);
    // The session is kept in the database: one sign-in serves every round.
    const cookie = await signIn(app.origin, "crash-editor@example.org", "crash-editor-password");
    const acknowledged: string[] = [];
    for (let round = 0; round < 20; round++) {
      const running = app;
      // Killed after 1 to 10 acknowledged saves this round, with four editors saving at once.
      const killAfter = acknowledged.length + 1 + (round % 10);
      let killed: Promise<void> | null = null;
      const onSaved = (slug: string) => {
        acknowledged.push(slug);
        if (acknowledged.length >= killAfter && !killed) killed = kill(running);
      };
      const failures = (await Promise.all([0, 1, 2, 3].map(() => saveUntilGone(running.origin, cookie, onSaved)))).flat();
      await killed;
      // Every writer stopped because the server went away, never on an error answer.
      expect(failures.filter((f) => /^\d{3} /.test(f)), `round ${round}`).toEqual([]);
      app = await startApp(env);
      expect(app.output(), `round ${round}`).toContain("migrations applied");
      expect(await present(acknowledged), `round ${round}: acknowledged saves present`).toBe(acknowledged.length);
    }
  });

  it("SIGTERM: the saves in flight are answered, then the database is closed; nothing answered is lost", { timeout: 300_000 }, async () => {
    app ??= await startApp(env);
    const cookie = await signIn(app.origin, "crash-editor@example.org", "crash-editor-password");
    const acknowledged: string[] = [];
    let stopped: Promise<void> | null = null;
    const running = app;
    const failures = (
      await Promise.all(
        [0, 1, 2, 3].map(() =>
          saveUntilGone(
            running.origin,
            cookie,
            (slug) => {
              acknowledged.push(slug);
              if (acknowledged.length === 5) stopped = running.stop();
            },
            "drain",
          ),
        ),
      )
    ).flat();
    await stopped;
    // Refused once the server stopped listening, or its connection closed after an answer; never cut off mid-answer with an error status.
    expect(failures.filter((f) => /^\d{3} /.test(f))).toEqual([]);
    expect(running.output()).toContain("finishing the requests in flight");
    expect(running.child.exitCode).toBe(0);
    app = await startApp(env);
    expect(await present(acknowledged)).toBe(acknowledged.length);
    // And no save was written without its answer reaching the editor.
    const written = await query<{ n: string }>(runningEmbeddedUrl(dataDir)!, `SELECT count(*) AS n FROM "Agreement" WHERE "slug" LIKE 'drain-%'`);
    expect(Number(written[0]!.n)).toBe(acknowledged.length);
  });
});

/** SIGKILL to npm start's whole process group (npm start and the server); resolves once it is gone. */
async function kill(target: RunningApp): Promise<void> {
  const exited = new Promise((resolve) => target.child.once("exit", resolve));
  process.kill(-target.child.pid!, "SIGKILL");
  await exited;
}
