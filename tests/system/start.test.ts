// The README's first command, as a new user runs it: no DATABASE_URL, so the
// embedded database starts, is migrated and seeded, and the registry is served.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createUser } from "../setup/databases";
import { startApp, type RunningApp } from "./app";
import { leavingBurst } from "./edges";

const dataDir = mkdtempSync(path.join(os.tmpdir(), "registry-start-"));
const env = { DATABASE_URL: "", REGISTRY_DATA_DIR: dataDir };
let app: RunningApp | undefined;

// Each stop waits until npm start has exited, which it does only after the
// embedded database has closed its files: a second start on the same folder
// must not open them while the first is still writing (a fixed wait here made
// the second start fail on a busy machine).
afterAll(async () => {
  await app?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("npm start on the embedded database", () => {
  it("serves the seeded registry, and a second start keeps the data without re-seeding", async () => {
    app = await startApp(env, "/th");
    expect(app.output()).toContain("starting the embedded database");
    expect(app.output()).toContain("seed: 8 records added");
    const page = await (await fetch(`${app.origin}/en/agreements/joint-statement-ict-2015`)).text();
    expect(page).toContain("30 April 2015");
    const api = await (await fetch(`${app.origin}/api/v1/agreements`)).json();
    expect(api.data).toHaveLength(8);

    // The README's first admin, made while the registry runs, can sign in.
    expect(await createUser("", "first-admin@example.org", "admin", "first-admin-password", env)).toContain("created admin first-admin@example.org");
    const signedIn = await fetch(`${app.origin}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: app.origin },
      body: JSON.stringify({ email: "first-admin@example.org", password: "first-admin-password" }),
    });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("set-cookie")).toMatch(/HttpOnly/i);

    // A crawler's burst whose clients leave, twice: then every read answers at once.
    const paths = ["th", "en", "ja"].flatMap((l) => api.data.map((a: { slug: string }) => `/${l}/agreements/${a.slug}`)).concat(Array.from({ length: 40 }, (_, i) => `/en/agreements?q=crawl${i}`));
    for (let round = 0; round < 2; round++) await leavingBurst(app.origin, paths, 64, 3_000);
    const reads = ["/en", "/th/agreements", "/en/agreements/moc-postal-services", "/api/v1/agreements", "/api/v1/agreements/moc-postal-services"];
    await expect.poll(async () => (await Promise.all(reads.map((p) => fetch(app!.origin + p).then((r) => r.status)))).join(), { timeout: 15_000, interval: 250 }).toBe("200,200,200,200,200");

    // The server process killed (not npm start): it is started again and answers within 10 s.
    const pid = Number(/server process (\d+) started/.exec(app.output())?.[1]);
    expect(pid).toBeGreaterThan(0);
    process.kill(pid, "SIGKILL");
    const killedAt = Date.now();
    await expect.poll(() => fetch(`${app!.origin}/en`).then((r) => r.status, () => 0), { timeout: 10_000, interval: 100 }).toBe(200);
    expect(Date.now() - killedAt).toBeLessThan(10_000);
    expect(app.output()).toMatch(new RegExp(`server process ${pid} stopped \\(signal SIGKILL\\); starting it again`));
    await app.stop();

    app = await startApp(env, "/th");
    expect(app.output()).toContain("seed: 0 records added, 8 already present");
    expect(app.output()).not.toContain("building the app");
  });
});
