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
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port, maxConnections: 100 });
  await server.start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
