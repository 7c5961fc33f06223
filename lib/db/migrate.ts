import { spawn } from "node:child_process";
import { readdirSync } from "node:fs";
import path from "node:path";
import { queryOnce } from "@/lib/db/query";

/** This version's migrations, by folder name. */
export function knownMigrations(cwd = process.cwd()): string[] {
  return readdirSync(path.join(cwd, "prisma", "migrations")).filter((name) => /^\d{14}_/.test(name));
}

/**
 * Whether every migration of this version is applied and finished, read from
 * Prisma's own history table in one query. Starting Prisma's migration engine
 * costs seconds at every `npm start`; when nothing is pending it is not needed.
 */
export async function migrationsUpToDate(url: string, cwd = process.cwd()): Promise<boolean> {
  let rows: Array<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>;
  try {
    rows = await queryOnce(url, `SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`);
  } catch {
    // No history table yet (a new database), or no answer: Prisma's engine does the work and reports.
    return false;
  }
  if (rows.some((r) => !r.finished_at && !r.rolled_back_at)) return false;
  const applied = new Set(rows.filter((r) => r.finished_at && !r.rolled_back_at).map((r) => r.migration_name));
  return knownMigrations(cwd).every((name) => applied.has(name));
}

/**
 * Applies pending migrations with Prisma's own `migrate deploy` (through the
 * WebAssembly engine and adapter-pg, see prisma.config.ts). Each migration is
 * one transaction, so a failure leaves nothing half-applied.
 */
export async function migrateDeploy(url: string, cwd = process.cwd()): Promise<void> {
  if (await migrationsUpToDate(url, cwd)) return;
  const bin = path.join(cwd, "node_modules", ".bin", "prisma");
  const output: string[] = [];
  const code = await new Promise<number | null>((resolve, reject) => {
    const child = spawn(bin, ["migrate", "deploy"], { cwd, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.on("data", (d) => output.push(String(d)));
    child.stderr.on("data", (d) => output.push(String(d)));
    child.on("error", reject);
    child.on("close", resolve);
  });
  if (code !== 0) {
    const lines = output.join("").split("\n").filter((l) => /error|failed|P\d{4}/i.test(l));
    throw new Error(`Migrations failed: ${lines.slice(0, 3).join(" ").trim() || `prisma exited with ${code}`}`);
  }
}
