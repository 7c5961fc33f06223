// Backups of the registry's database, and restoring one into an empty
// database (`npm run db:backup -- FILE`, `npm run db:restore -- FILE`).
// - A PostgreSQL server: pg_dump's custom format, restored by pg_restore in
//   one transaction (PostgreSQL's own tools: they know every object type).
// - The embedded database: PGlite's own dump of its data folder (a gzipped
//   tar), loaded into a new folder by PGlite. PGlite opens a folder from one
//   process only, so the embedded database is backed up while `npm start`
//   is stopped.
// After a restore, the restored migration history is checked against
// prisma/migrations (none failed, none unknown to this version) and the
// migrations made since the backup are applied.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { describeDatabase } from "@/lib/db/config";
import { queryOnce } from "@/lib/db/query";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { knownMigrations, migrateDeploy } from "@/lib/db/migrate";

/** A mistake the person running the command can fix; printed as one line. */
export class BackupError extends Error {}

export type BackupKind = "postgresql" | "embedded";

/** What a backup file holds, from its first bytes: pg_dump's custom format starts "PGDMP", PGlite's dump is gzip. */
export function backupKind(file: string): BackupKind | null {
  const head = readFileSync(file).subarray(0, 5);
  if (head.toString("latin1") === "PGDMP") return "postgresql";
  if (head[0] === 0x1f && head[1] === 0x8b) return "embedded";
  return null;
}

function run(command: string, args: string[]): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", (error) => reject(new BackupError(`${command} could not be run (${error.message}); install the PostgreSQL client tools`)));
    child.on("close", (code) => resolve({ code, output }));
  });
}

const firstLine = (output: string) => output.split("\n").find((l) => l.trim())?.trim() ?? "";

export async function backupPostgres(url: string, file: string): Promise<void> {
  const { code, output } = await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", `--file=${file}`, `--dbname=${url}`]);
  if (code !== 0) throw new BackupError(`pg_dump could not back up ${describeDatabase(url)}: ${firstLine(output)}`);
}

export async function restorePostgres(url: string, file: string, root = process.cwd()): Promise<void> {
  const tables = await queryOnce<{ n: string }>(url, `SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
  if (Number(tables[0]?.n) > 0) throw new BackupError(`the database ${describeDatabase(url)} is not empty (${tables[0]?.n} tables); restore into a new, empty database`);
  const { code, output } = await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", `--dbname=${url}`, file]);
  if (code !== 0) throw new BackupError(`pg_restore could not restore ${path.basename(file)}: ${firstLine(output)}`);
  await checkMigrations(url, root);
}

export async function backupEmbedded(dataDir: string, file: string): Promise<void> {
  if (!existsSync(path.join(dataDir, "PG_VERSION"))) throw new BackupError(`there is no embedded database in ${dataDir}`);
  const db = await PGlite.create({ dataDir, extensions: { pg_trgm } });
  try {
    const dump = await db.dumpDataDir("gzip");
    writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  } finally {
    await db.close();
  }
}

export async function restoreEmbedded(dataDir: string, file: string, root = process.cwd()): Promise<void> {
  if (existsSync(dataDir) && readdirSync(dataDir).length > 0) throw new BackupError(`${dataDir} already holds a database; move it away (or set REGISTRY_DATA_DIR to a new folder) and restore again`);
  const loadDataDir = new Blob([readFileSync(file)]);
  const db = await PGlite.create({ dataDir, loadDataDir, extensions: { pg_trgm } });
  await db.close();
  const served = await startEmbeddedDatabase({ dataDir });
  try {
    await checkMigrations(served.url, root);
  } finally {
    await served.stop();
  }
}

/**
 * The restored database's migration history against this version's: every
 * migration finished, none this version does not know (a backup from a newer
 * version), then the migrations added since the backup applied.
 */
export async function checkMigrations(url: string, root = process.cwd()): Promise<{ applied: number; added: number }> {
  const known = new Set(knownMigrations(root));
  let rows: Array<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null }>;
  try {
    rows = await queryOnce(url, `SELECT migration_name, finished_at, rolled_back_at FROM _prisma_migrations`);
  } catch {
    throw new BackupError("the restored database has no migration history (_prisma_migrations): it is not a backup of the registry");
  }
  const unfinished = rows.filter((r) => !r.finished_at && !r.rolled_back_at).map((r) => r.migration_name);
  if (unfinished.length) throw new BackupError(`the backup holds a migration that did not finish (${unfinished.join(", ")}); use an earlier backup`);
  const unknown = rows.filter((r) => !r.rolled_back_at && !known.has(r.migration_name)).map((r) => r.migration_name);
  if (unknown.length) throw new BackupError(`the backup was made by a newer version of the registry (migration ${unknown[0]} is unknown here); update the code, then restore`);
  const applied = new Set(rows.filter((r) => r.finished_at).map((r) => r.migration_name));
  const added = [...known].filter((name) => !applied.has(name)).length;
  if (added) await migrateDeploy(url, root);
  return { applied: applied.size, added };
}
