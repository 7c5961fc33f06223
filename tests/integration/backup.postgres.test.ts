// What a restore checks in the restored migration history (lib/db/backup.ts):
// a backup from an older version gets the migrations made since; one from a
// newer version, or with a migration that did not finish, is refused. And
// the check npm start makes before starting Prisma's engine
// (lib/db/migrate.ts: migrationsUpToDate).
import { afterAll, describe, expect, it } from "vitest";
import { queryOnce } from "@/lib/db/query";
import { BackupError, checkMigrations } from "@/lib/db/backup";
import { migrationsUpToDate } from "@/lib/db/migrate";
import { throwawayDatabase, type ThrowawayDatabase } from "../setup/databases";

const databases: ThrowawayDatabase[] = [];
afterAll(() => Promise.all(databases.map((d) => d.drop())));

const sql = queryOnce;

async function migrated() {
  const db = await throwawayDatabase("restore_check");
  databases.push(db);
  return db.url;
}

const LAST = "20261129120000_audit_sign_in_lookup";

describe("the migration check after a restore", () => {
  it("applies the migrations made since an older backup", async () => {
    const url = await migrated();
    // As a backup made before the last migration would be.
    await sql(url, `DROP INDEX "AuditEntry_actorEmail_action_client_idx"; DELETE FROM _prisma_migrations WHERE migration_name = '${LAST}'`);
    expect(await migrationsUpToDate(url)).toBe(false);
    expect(await checkMigrations(url)).toMatchObject({ added: 1 });
    expect(await migrationsUpToDate(url)).toBe(true);
    expect(await sql(url, `SELECT 1 FROM pg_indexes WHERE indexname = 'AuditEntry_actorEmail_action_client_idx'`)).toHaveLength(1);
    expect(await checkMigrations(url)).toMatchObject({ added: 0 });
  });

  it("refuses a backup from a newer version, and one with an unfinished migration", async () => {
    const url = await migrated();
    await sql(url, `INSERT INTO _prisma_migrations (id, checksum, migration_name, started_at, finished_at, applied_steps_count) VALUES ('future', 'x', '29991231000000_future', now(), now(), 1)`);
    await expect(checkMigrations(url)).rejects.toThrow(new BackupError("the backup was made by a newer version of the registry (migration 29991231000000_future is unknown here); update the code, then restore"));
    await sql(url, `DELETE FROM _prisma_migrations WHERE id = 'future'; UPDATE _prisma_migrations SET finished_at = NULL WHERE migration_name = '${LAST}'`);
    await expect(checkMigrations(url)).rejects.toThrow(/did not finish \(20261129120000_audit_sign_in_lookup\)/);
  });
});
