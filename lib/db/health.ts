// Is the database answering? Asked by the proxy before each page, so the
// answer is cached: at most one SELECT 1 every two seconds, whatever the load.
// When the database comes back the next check sees it: the server recovers
// by itself.
import pg from "pg";

const TTL_MS = 2_000;
let cached: { ok: boolean; at: number } | null = null;
let inflight: Promise<boolean> | null = null;

async function probe(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_500 });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("SELECT 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

export async function isDatabaseReachable(url = process.env.DATABASE_URL, now: () => number = Date.now): Promise<boolean> {
  if (!url) return false;
  if (cached && now() - cached.at < TTL_MS) return cached.ok;
  inflight ??= probe(url).then((ok) => {
    cached = { ok, at: now() };
    inflight = null;
    return ok;
  });
  return inflight;
}
