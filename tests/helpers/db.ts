import { getDb } from "@/lib/db/client";
import { seed } from "@/prisma/seed";

if (!process.env.DATABASE_URL) throw new Error("Integration tests need DATABASE_URL (tests/setup/integration-global.ts makes one).");
const host = new URL(process.env.DATABASE_URL).hostname;
// Never against anything but a local database: tests write and delete rows.
if (!["127.0.0.1", "localhost", "::1"].includes(host)) throw new Error(`Refusing to run integration tests against ${host}`);

export const db = getDb();

/** Seeds once per database; the seed is idempotent, so every file may call it. */
export async function seeded() {
  await seed(db);
  return db;
}
