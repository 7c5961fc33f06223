// `npm run bench:start`: measures what the README reports for `npm start` on
// the embedded database — seconds until the first page is served on a second
// (already built) start, and the peak resident memory of the whole process
// tree while serving a fixed load. Numbers, not pass/fail: it is a benchmark.

import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "@/lib/db/embedded";
import { treeRssMb, waitFor } from "./bench-tools";

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 600);
const CONCURRENCY = 8;
const PATHS = ["/th", "/en/agreements", "/th/agreements/joint-statement-ict-2015", "/en/agreements/moc-postal-services", "/api/v1/agreements"];

async function startOnce(dataDir: string, port: number) {
  const started = Date.now();
  const child = spawn("node", ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", PORT: String(port), REGISTRY_DATA_DIR: dataDir },
    stdio: "ignore",
    detached: true,
  });
  await waitFor(`http://127.0.0.1:${port}/th`, Date.now() + 600_000);
  return { child, seconds: (Date.now() - started) / 1000 };
}

function stop(child: ReturnType<typeof spawn>) {
  try {
    process.kill(-child.pid!, "SIGTERM");
  } catch {
    /* already gone */
  }
}

async function main() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), "registry-bench-"));
  try {
    const first = await startOnce(dataDir, await freePort());
    stop(first.child);
    await new Promise((r) => setTimeout(r, 3000));
    // A new port, so the first server's last moments cannot answer for the second.
    const port = await freePort();
    const second = await startOnce(dataDir, port);
    let peak = treeRssMb(second.child.pid!);
    let sent = 0;
    const worker = async () => {
      while (sent < REQUESTS) {
        const p = PATHS[sent++ % PATHS.length]!;
        await (await fetch(`http://127.0.0.1:${port}${p}`)).arrayBuffer();
        peak = Math.max(peak, treeRssMb(second.child.pid!));
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const after = treeRssMb(second.child.pid!);
    stop(second.child);
    console.log(`first start on a new database to first page: ${first.seconds.toFixed(1)} s (migrate, seed; builds only if the sources changed)`);
    console.log(`second start to first page: ${second.seconds.toFixed(1)} s`);
    console.log(`peak RSS while serving ${REQUESTS} requests (${CONCURRENCY} at a time): ${peak} MB (after: ${after} MB)`);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
