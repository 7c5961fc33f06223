import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
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
  const adapter = new PrismaPg(
    { connectionString, connectionTimeoutMillis: 5_000, max: 10, statement_timeout: 15_000 },
    // Typed as returning a name; undefined sends the statement unnamed (node-postgres).
    { statementNameGenerator: (query) => nameOf(query.sql) as string },
  );
  return new PrismaClient({ adapter });
}

// One client per process; cached on globalThis so dev-mode reloads and test
// files do not open a new pool each time.
const globalForPrisma = globalThis as unknown as { prisma?: PrismaClient };

export function getDb(): PrismaClient {
  globalForPrisma.prisma ??= createClient();
  return globalForPrisma.prisma;
}

export type { PrismaClient };
