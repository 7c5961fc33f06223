import pg from "pg";
import { describeDatabase } from "./config";

export class DatabaseUnreachableError extends Error {}

/**
 * Opens one connection and runs SELECT 1. On failure the message names the
 * host, port and database — never the user's password.
 */
export async function checkDatabase(url: string, timeoutMs = 5_000): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: timeoutMs });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code ?? (error instanceof Error ? error.message.split("\n")[0] : "unknown error");
    throw new DatabaseUnreachableError(`Cannot reach the database at ${describeDatabase(url)} (${reason}).`);
  } finally {
    await client.end().catch(() => {});
  }
}
