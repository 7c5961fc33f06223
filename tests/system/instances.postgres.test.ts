// Several app instances on one PostgreSQL: two `npm start` launched at the
// same moment on a new database both come up (one migrates and seeds, the
// other waits), and an edit made through one is seen by the other — whose
// pages and API answers were cached before the edit — within a second.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";

const admin = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = `registry_instances_${process.pid}`;
const url = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();
const children: ChildProcess[] = [];
const outputs: string[] = [];

async function sql(text: string) {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  try {
    await client.query(text);
  } finally {
    await client.end();
  }
}

async function start(port: number, index: number): Promise<string> {
  outputs[index] = "";
  const child = spawn("node", ["--import", "tsx", "scripts/start.ts"], { env: { ...process.env, DATABASE_URL: url, PORT: String(port) }, detached: true });
  children.push(child);
  child.stdout?.on("data", (d) => (outputs[index] += d));
  child.stderr?.on("data", (d) => (outputs[index] += d));
  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`instance ${index} exited with ${child.exitCode}:\n${outputs[index]}`);
    if (await fetch(`${origin}/api/v1/agreements?limit=1`).then((r) => r.ok, () => false)) return origin;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`instance ${index} did not serve in time:\n${outputs[index]}`);
}

const SLUG = "moc-postal-services";
/** Does the answer at `path` show the postal MoC? */
const shows = async (origin: string, path: string) => {
  const response = await fetch(origin + path);
  return response.ok && (await response.text()).includes(SLUG);
};

beforeAll(async () => {
  await sql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await sql(`CREATE DATABASE "${dbName}"`);
});

afterAll(async () => {
  for (const child of children) {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
  }
  await Promise.all(children.map((c) => (c.exitCode === null ? new Promise((r) => c.once("exit", r)) : null)));
  await sql(`DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
});

describe("two instances on one PostgreSQL", () => {
  it("both come up when started at the same moment, migrating and seeding once", async () => {
    const [a, b] = await Promise.all([freePort(), freePort()]);
    const origins = await Promise.all([start(a, 0), start(b, 1)]);
    expect(origins).toHaveLength(2);
    const seeded = outputs.filter((o) => o.includes("seed: 5 records added")).length;
    const reused = outputs.filter((o) => o.includes("seed: 0 records added, 5 already present")).length;
    expect([seeded, reused]).toEqual([1, 1]);
    for (const origin of origins) expect((await (await fetch(`${origin}/api/v1/agreements`)).json()).meta.total).toBe(5);
  });

  it("shows an edit made through one instance on the other within a second", async () => {
    const [one, two] = outputs.map((o) => `http://127.0.0.1:${/localhost:(\d+)/.exec(o)![1]}`) as [string, string];
    const created = spawnSync("node", ["--import", "tsx", "scripts/user-create.ts", "--email", "instances@example.org", "--role", "editor", "--password-stdin"], {
      input: "instances-password",
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: url },
    });
    expect(created.status, created.stderr).toBe(0);
    const signIn = await fetch(`${one}/api/auth/sign-in/email`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: one },
      body: JSON.stringify({ email: "instances@example.org", password: "instances-password" }),
    });
    expect(signIn.status).toBe(200);
    const cookie = signIn.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");

    // Both instances hold the record's page, a list, search, the feed and
    // the API answer in their caches.
    const paths = [`/api/v1/agreements/${SLUG}`, `/en/agreements/${SLUG}`, "/th/agreements", "/api/v1/agreements?q=postal", "/en/feed.xml", "/sitemap.xml"];
    for (const origin of [one, two]) for (const path of paths) expect(await shows(origin, path), `${origin}${path} before`).toBe(true);

    const db = new pg.Client({ connectionString: url });
    await db.connect();
    const { rows } = await db.query(`SELECT "id", "version" FROM "Agreement" WHERE "slug" = $1`, [SLUG]);
    await db.end();
    const unpublished = await fetch(`${one}/api/editor/agreements/${rows[0].id}/publication`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: one, cookie },
      body: JSON.stringify({ version: rows[0].version, action: "UNPUBLISH" }),
    });
    expect(unpublished.status).toBe(200);
    const savedAt = Date.now();

    // Polled, not slept: the first answer without the record ends the wait.
    const gone: Record<string, number> = {};
    while (Object.keys(gone).length < paths.length && Date.now() - savedAt < 5_000) {
      for (const path of paths) if (!(path in gone) && !(await shows(two, path))) gone[path] = Date.now() - savedAt;
    }
    for (const path of paths) expect(gone[path], `${path} on the other instance`).toBeLessThanOrEqual(1_000);
    for (const path of paths) expect(await shows(one, path), `${path} on the instance that saved`).toBe(false);
  });
});
