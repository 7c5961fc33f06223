// Several `npm start` on one database at the same moment: one applies the
// migrations, seeds and builds while the others wait, then finds nothing left
// to do. A session-level PostgreSQL advisory lock does the waiting (Prisma's
// own migration lock gives up after 10 s, which a first build outlasts).
import pg from "pg";

const SETUP_LOCK = 0x7265_6769; // "regi": any fixed number shared by all instances

export async function withSetupLock<T>(url: string, onWait: () => void, body: () => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ locked: boolean }>("SELECT pg_try_advisory_lock($1) AS locked", [SETUP_LOCK]);
    if (!rows[0]?.locked) {
      onWait();
      await client.query("SELECT pg_advisory_lock($1)", [SETUP_LOCK]);
    }
    return await body();
  } finally {
    await client.query("SELECT pg_advisory_unlock_all()").catch(() => {});
    await client.end().catch(() => {});
  }
}
