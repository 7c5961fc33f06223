// Throwaway databases and staff accounts for the test suites, on the
// PostgreSQL server at TEST_PG_ADMIN_URL (default: the local one, trust auth).
// Used by `npm test` (scripts/test.ts), by each suite's own set-up (so that
// `npx vitest run --project integration` or `npx playwright test <file>` runs
// alone with the same databases `npm test` gives it) and by the system tests.
import { spawn } from "node:child_process";
import pg from "pg";
import { migrateDeploy } from "@/lib/db/migrate";

export const ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
// Suites run from the project folder (npm test, npx vitest, npx playwright).
const root = process.cwd();

async function withAdmin<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: ADMIN_URL });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface ThrowawayDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh database on the real server, migrated unless `migrate` is false
 * (a system test lets `npm start` migrate it); `port` reaches it through
 * another port (a test's relay) in the returned URL.
 */
export async function throwawayDatabase(label: string, { migrate = true, port }: { migrate?: boolean; port?: number } = {}): Promise<ThrowawayDatabase> {
  const name = `registry_${label}_${process.pid}_${Date.now()}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }, port ? { port: String(port) } : {}).toString();
  if (migrate) await migrateDeploy(url, root);
  return { name, url, drop: () => dropDatabase(name) };
}

export function dropDatabase(name: string): Promise<void> {
  return withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);
}

/** Runs a project script with tsx; resolves with its exit code and what it printed. */
export function runScript(args: string[], env: Record<string, string>, input = ""): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn("node", ["--import", "tsx", ...args], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["pipe", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.stdin.end(input);
    child.on("close", (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Creates a staff member with the documented command (`npm run user:create`); returns what it printed. */
export async function createUser(databaseUrl: string, email: string, role: string, password: string, env: Record<string, string> = {}): Promise<string> {
  const { code, output } = await runScript(["scripts/user-create.ts", "--email", email, "--role", role, "--password-stdin"], { DATABASE_URL: databaseUrl, ...env }, password);
  if (code !== 0) throw new Error(`user:create ${email} failed:\n${output}`);
  return output;
}

// [name, role]: tests/e2e/helpers/staff.ts signs in as `${name}@e2e.test`.
export const E2E_USERS = [
  ["editor", "editor"],
  ["editor2", "editor"],
  ["viewer", "viewer"],
  ["admin", "admin"],
  ["locked", "viewer"],
] as const;

/** The end-to-end tests' database: migrated, seeded, with the staff accounts they sign in as. */
export async function e2eDatabase(password: string): Promise<ThrowawayDatabase> {
  const db = await throwawayDatabase("e2e");
  try {
    const seeded = await runScript(["prisma/seed.ts"], { DATABASE_URL: db.url });
    if (seeded.code !== 0) throw new Error(`the seed failed:\n${seeded.output}`);
    for (const [name, role] of E2E_USERS) await createUser(db.url, `${name}@e2e.test`, role, password);
    return db;
  } catch (error) {
    await db.drop();
    throw error;
  }
}
