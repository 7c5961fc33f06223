import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaClient, type Prisma } from "@/lib/generated/prisma/client";
import { PREPARED, sharesOneSession, statementName } from "./prepared";

// Whether marked statements are prepared (lib/db/prepared.ts): unknown until
// the server has told its version, asked with the first marked statement.
let prepare: boolean | undefined;
let asking = false;

function nameOf(sql: string): string | undefined {
  if (prepare) return statementName(sql);
  if (prepare === undefined && !asking && sql.startsWith(PREPARED)) {
    asking = true;
    getDb()
      .$queryRaw<Array<{ version: string }>>`SELECT version()`
      .then(([row]) => (prepare = !sharesOneSession(row?.version ?? "")))
      .catch(() => undefined)
      .finally(() => (asking = false));
  }
  return undefined;
}

function createClient(): PrismaClient {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error("DATABASE_URL is not set");
  // Short connect timeout: an unreachable database must surface as an error
  // page quickly, not as a hung request.
  // A bounded pool whose waiters give up after 5 s, and no statement running
  // past 15 s: under overload a request fails with a 503 instead of queueing
  // without bound (lib/db/errors.ts). The embedded database (PGlite) ignores
  // statement_timeout; the front door's admission bounds its load
  // (lib/server/front-door.mjs).
  const pool = new pg.Pool({ connectionString, connectionTimeoutMillis: 5_000, max: 10, statement_timeout: 15_000 });
  const adapter = new PrismaPg(pool, {
    // Typed as returning a name; undefined sends the statement unnamed (node-postgres).
    statementNameGenerator: (query) => nameOf(query.sql) as string,
    // $disconnect ends the pool, as it did when the adapter made its own.
    disposeExternalPool: true,
  });
  const client = new PrismaClient({ adapter });
  pools.set(client, pool);
  return client;
}

// The pool under each client made here, for readRows.
const pools = new WeakMap<PrismaClient, pg.Pool>();

// Columns as Prisma's raw queries return them: a date (and a timestamp
// without time zone, as Prisma writes them) is a Date at that instant in UTC.
// node-postgres would read both in the server's local time zone. Other types
// are node-postgres's own (json parsed, int[] as numbers, bigint as text:
// callers convert it with Number() or BigInt()).
const DATE = 1082;
const TIMESTAMP = 1114;
const READ_TYPES = {
  getTypeParser: ((oid: number, format?: "text" | "binary") => {
    if (oid === DATE) return (text: string) => new Date(`${text}T00:00:00Z`);
    if (oid === TIMESTAMP) return (text: string) => new Date(`${text.replace(" ", "T")}Z`);
    return pg.types.getTypeParser(oid, format);
  }) as pg.CustomTypesConfig["getTypeParser"],
};

/**
 * The rows of a read-only statement, from the client's pool directly.
 * A search's statements went through Prisma's raw query path, which compiles
 * each one to a query plan and maps every row and value again: ~1 ms of the
 * server's CPU a statement (1.5 ms for SELECT 1 against 0.24 through
 * node-postgres; 4.1 against 2.2 ms for a search's twenty cards), with the
 * server's one thread the limit on distinct searches at 100,000 records
 * (README, "Searches at 100,000: the server's own work"). Same pool, same
 * statement names (marked statements prepared once a connection), same
 * errors for lib/db/errors.ts (node-postgres's own, as the adapter's carry).
 * A client not made here, or one whose pool has ended ($disconnect), goes
 * through Prisma as before.
 */
export async function readRows<T>(db: PrismaClient, sql: Prisma.Sql): Promise<T[]> {
  const pool = pools.get(db);
  if (!pool || pool.ending || pool.ended) return db.$queryRaw<T[]>(sql);
  const result = await pool.query({ name: nameOf(sql.text), text: sql.text, values: sql.values, types: READ_TYPES });
  return result.rows as T[];
}

/**
 * Integers, and booleans, as PostgreSQL's array literal text, for a
 * `${…}::int[]` (or `::boolean[]`) parameter. Given a JS array,
 * node-postgres writes that text itself, turning every element into an
 * escaped string (prepareValue, escapeElement): with a search's three arrays
 * of ~200 candidates, ~4 % of the server's CPU under distinct searches at
 * 100,000 records. Integers and t/f need no quoting, so a join does it.
 */
export const intArrayText = (values: readonly number[]): string => `{${values.join(",")}}`;
export const boolArrayText = (values: readonly boolean[]): string => `{${values.map((v) => (v ? "t" : "f")).join(",")}}`;

// One client per process; cached on globalThis so dev-mode reloads and test
// files do not open a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export type { PrismaClient };
