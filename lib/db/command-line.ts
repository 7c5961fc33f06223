// The database a command-line tool works on: DATABASE_URL, or the embedded
// database (while `npm start` runs, the one it serves; otherwise its folder,
// .data/pglite or REGISTRY_DATA_DIR, opened and migrated here and closed by
// `close`). Sets DATABASE_URL, so getDb() finds it.
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";
import { embeddedDataDir, runningEmbeddedUrl } from "@/lib/db/running";

export async function openCommandDatabase(root: string): Promise<{ close: () => Promise<void> }> {
  let embedded: EmbeddedDatabase | null = null;
  if (!process.env.DATABASE_URL) {
    const running = runningEmbeddedUrl(embeddedDataDir(root));
    if (running) process.env.DATABASE_URL = running;
    else {
      embedded = await startEmbeddedDatabase({ dataDir: embeddedDataDir(root) });
      await migrateDeploy(embedded.url, root);
      process.env.DATABASE_URL = embedded.url;
    }
  }
  return {
    close: async () => {
      const { getDb } = await import("@/lib/db/client");
      await getDb().$disconnect();
      await embedded?.stop();
    },
  };
}
