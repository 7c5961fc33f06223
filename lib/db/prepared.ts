// Statements prepared once per connection. A search is one or two long
// statements (lib/search/query.ts) whose text is the same for every query of
// its shape; sent unnamed, PostgreSQL parsed and planned each one again: ~1 ms
// of a search's ~4 ms of the database's CPU at 10,000 records, and its 3–4 kB
// of text written to the socket each time. A statement whose text begins with
// PREPARED is given a name made from its text, so node-postgres parses it once
// per connection and then only binds and executes it (Prisma's adapter-pg
// `statementNameGenerator`). Only marked statements: node-postgres keeps every
// named statement for the connection's life, and Prisma's own statements vary
// with their lists' lengths.
import { createHash } from "node:crypto";

/** Begins the text of a statement to prepare once per connection. */
export const PREPARED = "/* prepared */";

/** The name of a marked statement (one per text), or undefined: sent unnamed. */
export function statementName(sql: string): string | undefined {
  if (!sql.startsWith(PREPARED)) return undefined;
  // A name is at most 63 bytes (NAMEDATALEN); a digest of the text keeps
  // names apart, as node-postgres requires (one text per name).
  return `r${createHash("sha1").update(sql).digest("base64url")}`;
}

/**
 * The embedded database (PGlite) is one session shared by every connection
 * (lib/db/embedded.ts): a statement prepared by one connection exists for the
 * others, which would prepare it again and fail. Statements are named only
 * once the server has said it is not PGlite.
 */
export const sharesOneSession = (version: string) => /\(PGlite /.test(version);
