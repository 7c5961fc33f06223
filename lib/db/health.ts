// Is the database answering? Asked by the proxy before each page, so the
// answer is cached: at most one SELECT 1 every two seconds, whatever the load.
// When the database comes back the next check sees it: the server recovers
// by itself.
//
// Cached reads ask `databaseKnownDown()` (below) without probing, to fail at
// once rather than wait on a dead connection. The proxy, which probes, and
// the pages are separate bundles that may not share globals; they share the
// process's environment (as lib/http/outage.ts's token does), so the time of
// the last failed probe is kept there.
import pg from "pg";

const TTL_MS = 2_000;
const DOWN_AT = "REGISTRY_DATABASE_DOWN_AT";
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
    const at = now();
    cached = { ok, at };
    if (ok) delete process.env[DOWN_AT];
    else process.env[DOWN_AT] = String(at);
    inflight = null;
    return ok;
  });
  return inflight;
}

/** Did the latest probe, within the last two seconds, find the database down? No probe of its own. */
export function databaseKnownDown(now: () => number = Date.now): boolean {
  const at = Number(process.env[DOWN_AT] ?? NaN);
  return now() - at < TTL_MS;
}
