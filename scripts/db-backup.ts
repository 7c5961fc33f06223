// `npm run db:backup -- FILE` and `npm run db:restore -- FILE` (README,
// "Backups"). DATABASE_URL set: that PostgreSQL server, through pg_dump and
// pg_restore. Unset: the embedded database's folder (.data/pglite or
// REGISTRY_DATA_DIR), through PGlite's own dump; `npm start` must be stopped
// for it. A restore goes into an empty database only, and checks and applies
// migrations (lib/db/backup.ts). Mistakes are printed as one line.
import { existsSync } from "node:fs";
import path from "node:path";
import { backupEmbedded, backupKind, backupPostgres, BackupError, restoreEmbedded, restorePostgres } from "@/lib/db/backup";
import { ConfigError, describeDatabase, parseDatabaseUrl } from "@/lib/db/config";
import { embeddedDataDir, runningEmbeddedUrl } from "@/lib/db/running";

const root = process.cwd();
const say = (line: string) => console.log(`[registry] ${line}`);
function fail(line: string): never {
  console.error(`[registry] error: ${line}`);
  process.exit(2);
}

async function main() {
  const [verb, file, ...rest] = process.argv.slice(2);
  if ((verb !== "backup" && verb !== "restore") || !file || rest.length) fail(`usage: npm run db:${verb === "restore" ? "restore" : "backup"} -- FILE`);
  const url = process.env.DATABASE_URL?.trim() ?? "";
  if (url) parseDatabaseUrl(url);
  const dataDir = embeddedDataDir(root);
  const shown = dataDir.startsWith(root + path.sep) ? path.relative(root, dataDir) : dataDir;
  const where = url ? describeDatabase(url) : `the embedded database in ${shown}`;

  if (verb === "backup") {
    if (url) await backupPostgres(url, file);
    else {
      if (runningEmbeddedUrl(dataDir)) fail("npm start is serving the embedded database; stop it, then back up (PGlite's folder opens from one process only)");
      await backupEmbedded(dataDir, file);
    }
    say(`backed up ${where} to ${file}`);
    return;
  }

  if (!existsSync(file)) fail(`there is no file ${file}`);
  const kind = backupKind(file);
  if (!kind) fail(`${file} is not a backup made by npm run db:backup`);
  if (kind === "postgresql" && !url) fail(`${file} is a backup of a PostgreSQL server: set DATABASE_URL to an empty database to restore it`);
  if (kind === "embedded" && url) fail(`${file} is a backup of the embedded database: unset DATABASE_URL (REGISTRY_DATA_DIR may name a new folder) to restore it`);
  if (url) await restorePostgres(url, file, root);
  else {
    if (runningEmbeddedUrl(dataDir)) fail("npm start is serving the embedded database; stop it first");
    await restoreEmbedded(dataDir, file, root);
  }
  say(`restored ${file} into ${where}; migrations checked`);
}

main().catch((error) => {
  if (error instanceof BackupError || error instanceof ConfigError) fail(error.message);
  fail(error instanceof Error ? error.message.split("\n")[0]! : String(error));
});
