// Under overload the database refuses rather than queues (issue 12, part 6):
// the app's pool cancels a statement running past 15 s, and a cancelled
// statement is answered as a 503 to retry (lib/db/errors.ts), not a 500.
// PostgreSQL only: PGlite ignores statement_timeout.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { isDatabaseUnavailable } from "@/lib/db/errors";

describe("statement timeouts", () => {
  it("the app's connections stop a statement after 15 s", async () => {
    const [row] = await getDb().$queryRaw<Array<{ statement_timeout: string }>>`SHOW statement_timeout`;
    expect(row?.statement_timeout).toBe("15s");
  });

  it("a statement cancelled for taking too long counts as the database being unavailable (503), not as a bug", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL, statement_timeout: 50 });
    await client.connect();
    try {
      const error = await client.query("SELECT pg_sleep(2)").then(() => null, (e: unknown) => e);
      expect((error as { code?: string }).code).toBe("57014");
      expect(isDatabaseUnavailable(error)).toBe(true);
    } finally {
      await client.end();
    }
  });
});
