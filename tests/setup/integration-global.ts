// Vitest global set-up of the integration project: without DATABASE_URL (run
// alone, `npx vitest run --project integration [file]`), a throwaway database
// on the local PostgreSQL server, migrated, and dropped at the end. `npm test`
// passes its own (PostgreSQL, then the embedded one), which is used as is.
import { throwawayDatabase } from "./databases";

export default async function setup() {
  if (process.env.DATABASE_URL) return;
  const db = await throwawayDatabase("it");
  // Set before Vitest starts its workers, which inherit it.
  process.env.DATABASE_URL = db.url;
  process.env.TEST_DB_KIND = "postgres";
  return async () => {
    await db.drop();
  };
}
