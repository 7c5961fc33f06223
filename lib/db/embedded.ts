// The embedded PostgreSQL for a zero-setup start: PGlite (PostgreSQL compiled
// to WebAssembly, data in a folder) served on a local port with the
// PostgreSQL wire protocol, so the app, Prisma and migrations use it exactly
// as they use a real server. Only DATABASE_URL differs.
import net from "node:net";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  stop: () => Promise<void>;
}

/** A port the OS reports free right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

// Frontend messages of the extended query protocol. Between a Parse and the
// Sync that ends its batch, the backend holds that connection's unnamed
// statement and portal.
const EXTENDED = new Set(["P", "B", "D", "E", "C", "H"].map((c) => c.charCodeAt(0)));
const BATCH_ENDS = new Set(["S", "Q", "X"].map((c) => c.charCodeAt(0)));

/**
 * PGlite is one PostgreSQL session shared by every socket connection. The
 * socket server (0.2.17) keeps a connection's messages together only while a
 * transaction is open, so two connections' extended-protocol batches
 * interleave: one's Parse replaces the other's unnamed statement before its
 * Bind ("unnamed prepared statement does not exist", wrong parameters, wrong
 * rows), which broke concurrent requests on the embedded database
 * (electric-sql/pglite#1046, fix #977 not released). The server asks
 * `isInTransaction()` whether the last connection keeps the session; this
 * answers yes also from a Parse/Bind/… until that batch's Sync, so each
 * batch runs whole. A connection that drops mid-batch is rolled back by the
 * server (`exec("ROLLBACK")`), which ends the batch here too.
 */
export function oneSessionAtATime(db: PGlite): PGlite {
  let midBatch = false;
  return new Proxy(db, {
    get(target, property) {
      if (property === "isInTransaction") return () => midBatch || target.isInTransaction();
      if (property === "execProtocolRawStream") {
        return (message: Uint8Array, options: Parameters<PGlite["execProtocolRawStream"]>[1]) => {
          const type = message[0] ?? 0;
          if (EXTENDED.has(type)) midBatch = true;
          else if (BATCH_ENDS.has(type)) midBatch = false;
          return target.execProtocolRawStream(message, options);
        };
      }
      if (property === "exec") {
        return (...args: Parameters<PGlite["exec"]>) => {
          midBatch = false;
          return target.exec(...args);
        };
      }
      const value = Reflect.get(target, property, target) as unknown;
      return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** dataDir: a folder for a lasting database, or undefined for one in memory. */
export async function startEmbeddedDatabase(options: { dataDir?: string; port?: number } = {}): Promise<EmbeddedDatabase> {
  const db = await PGlite.create({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    // Search uses trigram matching (migration 20261122010000_search).
    extensions: { pg_trgm },
    // PGlite's default 128 MB of shared buffers is most of its memory; the
    // registry's data is a few megabytes, and the whole server must stay
    // under 600 MB (README, "Measured").
    postgresqlconf: "shared_buffers = 16MB\nwork_mem = 4MB",
  });
  const port = options.port ?? (await freePort());
  // Prisma's pool, the migration engine and the seed each open connections;
  // PGlite runs one query at a time and the socket server queues the rest.
  const server = new PGLiteSocketServer({ db: oneSessionAtATime(db), host: "127.0.0.1", port, maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
