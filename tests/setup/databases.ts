// Throwaway databases for the test suites, on the PostgreSQL server at
// TEST_PG_ADMIN_URL (default: the local one, trust auth). Used by `npm test`
// (scripts/test.ts) and by each suite's own set-up, so that
// `npx vitest run --project integration` or `npx playwright test <file>` runs
// alone with the same databases `npm test` gives it.
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

/** A fresh database on the real server, migrated. */
export async function throwawayDatabase(label: string): Promise<ThrowawayDatabase> {
  const name = `registry_${label}_${process.pid}_${Date.now()}`;
  await withAdmin((c) => c.query(`CREATE DATABASE "${name}"`));
  const url = Object.assign(new URL(ADMIN_URL), { pathname: `/${name}` }).toString();
  await migrateDeploy(url, root);
  return { name, url, drop: () => dropDatabase(name) };
}

export function dropDatabase(name: string): Promise<void> {
  return withAdmin((c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined);
}

// [name, role]: tests/e2e/helpers/staff.ts signs in as `${name}@e2e.test`.
export const E2E_USERS = [
  ["editor", "editor"],
  ["editor2", "editor"],
  ["viewer", "viewer"],
  ["admin", "admin"],
  ["locked", "viewer"],
] as const;

function run(args: string[], env: Record<string, string>, input?: string): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn("node", ["--import", "tsx", ...args], { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: ["pipe", "inherit", "inherit"] });
    child.stdin.end(input ?? "");
    child.on("close", (code) => resolve(code ?? 1));
  });
}

/** The end-to-end tests' database: migrated, seeded, with the staff accounts they sign in as (made with the documented command). */
export async function e2eDatabase(password: string): Promise<ThrowawayDatabase> {
  const db = await throwawayDatabase("e2e");
  try {
    if ((await run(["prisma/seed.ts"], { DATABASE_URL: db.url })) !== 0) throw new Error("the seed failed");
    for (const [name, role] of E2E_USERS) {
      const code = await run(["scripts/user-create.ts", "--email", `${name}@e2e.test`, "--role", role, "--password-stdin"], { DATABASE_URL: db.url }, password);
      if (code !== 0) throw new Error(`user:create ${name} failed`);
    }
    return db;
  } catch (error) {
    await db.drop();
    throw error;
  }
}
