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
type Health = { cached: { ok: boolean; at: number } | null; inflight: Promise<boolean> | null };
const KEY = Symbol.for("registry.databaseHealth");
const state = ((globalThis as Record<symbol, Health>)[KEY] ??= { cached: null, inflight: null });

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
  if (state.cached && now() - state.cached.at < TTL_MS) return state.cached.ok;
  state.inflight ??= probe(url).then((ok) => {
    state.cached = { ok, at: now() };
    if (ok) delete process.env[DOWN_AT];
    else process.env[DOWN_AT] = String(state.cached.at);
    state.inflight = null;
    return ok;
  });
  return state.inflight;
}

/** Did the latest probe, within the last two seconds, find the database down? No probe of its own. */
export function databaseKnownDown(now: () => number = Date.now): boolean {
  const at = Number(process.env[DOWN_AT] ?? NaN);
  return now() - at < TTL_MS;
}
