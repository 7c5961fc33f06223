// Helpers the benchmarks share: memory of a process tree, waiting for a
// server, reading a database that may not exist yet.
import { execFileSync } from "node:child_process";
import pg from "pg";

/** Resident memory of a process and all its descendants, in MB. */
export function treeRssMb(rootPid: number): number {
  const out = execFileSync("ps", ["-eo", "pid=,ppid=,rss="], { encoding: "utf8" });
  const rows = out.trim().split("\n").map((l) => l.trim().split(/\s+/).map(Number)) as Array<[number, number, number]>;
  const pids = new Set([rootPid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, ppid] of rows) {
      if (pids.has(ppid) && !pids.has(pid)) {
        pids.add(pid);
        grew = true;
      }
    }
  }
  return Math.round(rows.filter(([pid]) => pids.has(pid)).reduce((sum, [, , rss]) => sum + rss, 0) / 1024);
}

export async function waitFor(url: string, deadline: number) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`${url} did not answer in time`);
}

/** Rows of one query on `url`; none when the database or table does not exist yet. */
export async function query<T extends pg.QueryResultRow>(url: string, text: string, params: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return (await client.query<T>(text, params)).rows;
  } catch {
    // No such database yet, or no such table: nothing to read.
    return [];
  } finally {
    await client.end().catch(() => {});
  }
}

export interface Served {
  origin: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * `npm start` on the database at `url`, on a free port, once it answers.
 * API_RATE_LIMIT=0: every benchmark request comes from one address, which
 * the public API's per-client limit (lib/server/front-door.mjs) would refuse.
 */
export async function serveDatabase(url: string, env: Record<string, string> = {}): Promise<Served> {
  const { spawn } = await import("node:child_process");
  const { freePort } = await import("@/lib/db/embedded");
  const port = await freePort();
  const child = spawn("node", ["--import", "tsx", "scripts/start.ts"], { env: { ...process.env, DATABASE_URL: url, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT: "0", ...env }, stdio: "ignore", detached: true });
  const origin = `http://127.0.0.1:${port}`;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  await waitFor(`${origin}/api/v1/agreements?limit=1`, Date.now() + 600_000);
  return {
    origin,
    pid: child.pid!,
    stop: async () => {
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        return;
      }
      await exited;
    },
  };
}
