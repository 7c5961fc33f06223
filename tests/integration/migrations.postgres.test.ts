import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { queryOnce } from "@/lib/db/query";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { migrateDeploy } from "@/lib/db/migrate";

const admin = process.env.TEST_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const migrationsDir = path.join("prisma", "migrations");
const scratchName = `registry_mig_${process.pid}_${Date.now()}`;
const scratchUrl = Object.assign(new URL(admin), { pathname: `/${scratchName}` }).toString();
let project: string;

const sql = queryOnce;

beforeAll(async () => {
  await sql(admin, `CREATE DATABASE "${scratchName}"`);
  // A copy of the project's Prisma set-up with one extra, broken migration.
  project = mkdtempSync(path.join(os.tmpdir(), "registry-mig-"));
  cpSync("prisma", path.join(project, "prisma"), { recursive: true });
  cpSync("prisma.config.ts", path.join(project, "prisma.config.ts"));
  symlinkSync(path.resolve("node_modules"), path.join(project, "node_modules"));
  const broken = path.join(project, "prisma", "migrations", "29991231000000_broken");
  cpSync(path.join(project, "prisma", "migrations", readdirSync(migrationsDir).find((d) => /^\d/.test(d))!), broken, { recursive: true });
  writeFileSync(path.join(broken, "migration.sql"), 'BEGIN;\nCREATE TABLE "HalfDone" (id int);\nALTER TABLE "NoSuchTable" ADD COLUMN x int;\nCOMMIT;\n');
});

afterAll(async () => {
  await sql(admin, `DROP DATABASE IF EXISTS "${scratchName}" WITH (FORCE)`);
  rmSync(project, { recursive: true, force: true });
});

describe("migrations", () => {
  it("each run in one transaction (BEGIN … COMMIT)", () => {
    const dirs = readdirSync(migrationsDir).filter((d) => /^\d/.test(d));
    expect(dirs.length).toBeGreaterThan(0);
    for (const d of dirs) {
      const text = readFileSync(path.join(migrationsDir, d, "migration.sql"), "utf8").replace(/--.*$/gm, "").trim();
      expect(text.startsWith("BEGIN;"), d).toBe(true);
      expect(text.endsWith("COMMIT;"), d).toBe(true);
    }
  });

  it("leave nothing half-applied when one fails, and say so in one line", async () => {
    const error = await migrateDeploy(scratchUrl, project).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/^Migrations failed: /);
    expect((error as Error).message).not.toContain("\n");
    const tables = (await sql<{ tablename: string }>(scratchUrl, "SELECT tablename FROM pg_tables WHERE schemaname = 'public'")).map((r) => r.tablename);
    expect(tables).toContain("Agreement");
    expect(tables).not.toContain("HalfDone");
  });
});
