// `npm run bench:soak` (after `npm run build`): the serving layer at its
// edges (issue 24), on a registry of `--count` records (default 10,000;
// bench:data's generator, `--reuse` keeps a database already filled) served
// by `npm start` on PostgreSQL, or on the embedded database with
// `--embedded` (the curated records only). Prints, in order:
//  1. two 8-second crawler bursts at 64 connections over distinct addresses,
//     whose clients leave mid-queue and mid-work; after 10 s of quiet, the
//     status and time of five ordinary reads;
//  2. 72 connections trickling bodies from one address; an editor's sign-in
//     and save, timed;
//  3. hostile PDFs uploaded (5,000 pages; a 1 MB → 1 GB Flate bomb) while a
//     reader asks record pages: the upload's answer and the readers' p50/p99;
//  4. a soak of `--soak` (default 20,000) mixed hostile and distinct
//     requests at 32 at a time, then a burst of 500 distinct searches at
//     once: statuses, whether the server is alive, the process tree's RSS;
//  5. the server process killed: seconds until the site answers again.
// A benchmark: it prints numbers, it does not pass or fail.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { locales } from "@/i18n/locales";
import { freePort } from "@/lib/db/embedded";
import { runningEmbeddedUrl } from "@/lib/db/running";
import { flateBombPdf, manyPagesPdf } from "../tests/helpers/hostile-pdf";
import { minimalInput } from "../tests/e2e/helpers/staff";
import { createUser } from "../tests/setup/databases";
import { leavingBurst, raw } from "../tests/system/edges";
import { fillDatabase } from "./bench-data";
import { query, treeRssMb, waitFor } from "./bench-tools";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    soak: { type: "string", default: "20000" },
    reuse: { type: "boolean", default: false },
    embedded: { type: "boolean", default: false },
    // Which of the five parts to run (default all), e.g. --parts 1,3.
    parts: { type: "string", default: "1,2,3,4,5" },
  },
});
const COUNT = Number(values.count);
const SOAK = Number(values.soak);
const PARTS = new Set(values.parts.split(",").map(Number));
const PASSWORD = `soak-editor-${process.pid}-password`;

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : NaN;
};

async function timed<T>(work: () => Promise<T>): Promise<[T, number]> {
  const t = performance.now();
  const value = await work();
  return [value, Math.round(performance.now() - t)];
}

async function signIn(origin: string): Promise<string> {
  const r = await fetch(`${origin}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin, "x-forwarded-for": "198.51.100.250" }, body: JSON.stringify({ email: `soak-editor-${process.pid}@example.org`, password: PASSWORD }) });
  if (!r.ok) throw new Error(`sign-in answered ${r.status}`);
  return r.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

/** Runs `total` requests from `make(i)`, `concurrency` at a time; counts statuses (0: no answer). */
async function pool(total: number, concurrency: number, make: (i: number) => Promise<number>): Promise<Map<number, number>> {
  const statuses = new Map<number, number>();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) {
        const status = await make(next++).catch(() => 0);
        statuses.set(status, (statuses.get(status) ?? 0) + 1);
      }
    }),
  );
  return statuses;
}

const show = (m: Map<number, number>) => [...m].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(", ");

async function main() {
  let url = "";
  let dataDir = "";
  if (values.embedded) {
    dataDir = mkdtempSync(path.join(os.tmpdir(), "registry-soak-"));
  } else {
    const base = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/registry_load";
    url = Object.assign(new URL(base), { pathname: `/${new URL(base).pathname.slice(1)}_${COUNT}` }).toString();
    const existing = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "Agreement" WHERE "publicationState" = 'PUBLISHED'`);
    if (!values.reuse || Number(existing[0]?.n ?? 0) < COUNT) await fillDatabase(url, COUNT);
  }
  const port = await freePort();
  const env = { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT: "0", TRUSTED_PROXIES: "127.0.0.1", DATABASE_URL: url, REGISTRY_DATA_DIR: dataDir };
  let output = "";
  const server = spawn("node", ["--import", "tsx", "scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  server.stdout.on("data", (d) => (output += d));
  server.stderr.on("data", (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(server.pid!))), 250);
  try {
    await waitFor(`${origin}/api/v1/agreements?limit=1`, Date.now() + 600_000);
    const dbUrl = url || runningEmbeddedUrl(dataDir)!;
    await createUser(url, `soak-editor-${process.pid}@example.org`, "editor", PASSWORD, values.embedded ? { DATABASE_URL: "", REGISTRY_DATA_DIR: dataDir } : {});
    const slugs = (await query<{ slug: string }>(dbUrl, `SELECT slug FROM "Agreement" WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC' ORDER BY random() LIMIT 3000`)).map((r) => r.slug);
    const [source] = await query<{ id: number }>(dbUrl, `SELECT "id" FROM "Source" ORDER BY "id" LIMIT 1`);
    console.log(`${values.embedded ? "embedded database, curated records" : `PostgreSQL, ${COUNT.toLocaleString("en")} records`}; ${os.cpus().length} cores`);
    peak = 0;

    let word = 0;
    const distinct = () => {
      const n = word++;
      const slug = slugs[n % slugs.length]!;
      return [`/${locales[n % 3]}/agreements/${slug}`, `/en/agreements?page=${(n % 400) + 1}`, `/th/agreements?q=crawl${n}`, `/api/v1/agreements/${slug}`][n % 4]!;
    };
    // 1. Crawler bursts whose clients leave. The five reads are asked once
    // before, as on a registry that has been read before.
    const reads = ["/en", "/th/agreements", `/en/agreements/${slugs[0]}`, "/api/v1/agreements", `/api/v1/agreements/${slugs[1]}`];
    for (const p of reads) await fetch(origin + p, { headers: { "x-forwarded-for": "198.51.100.1" } }).then((r) => r.arrayBuffer());
    const burstPaths = Array.from({ length: 20_000 }, distinct);
    for (let round = 1; round <= 2 && PARTS.has(1); round++) {
      const sent = await leavingBurst(origin, burstPaths.slice((round - 1) * 10_000), 64, 8_000);
      console.log(`burst ${round}: 64 connections, 8 s, ${sent} requests over distinct addresses, each client leaving after 5–400 ms`);
    }
    if (PARTS.has(1)) await new Promise((r) => setTimeout(r, 10_000));
    console.log(PARTS.has(1) ? "after 10 s of quiet:" : "first reads:");
    for (const p of reads) {
      const [status, ms] = await timed(() => fetch(origin + p, { headers: { "x-forwarded-for": "198.51.100.1" } }).then((r) => r.arrayBuffer().then(() => r.status)));
      console.log(`  ${p}: ${status} in ${ms} ms`);
    }

    // 2. Bodies that trickle in.
    const cookie = await signIn(origin);
    if (PARTS.has(2)) {
    const sockets = Array.from({ length: 72 }, () => {
      const socket = net.connect(port, "127.0.0.1");
      socket.on("error", () => {});
      socket.write(`POST /api/auth/sign-out HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 203.0.113.66\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{`);
      return socket;
    });
    const drip = setInterval(() => sockets.forEach((s) => s.write(" ")), 1000);
    await new Promise((r) => setTimeout(r, 2_000));
    const [, signInMs] = await timed(() => signIn(origin));
    const [saved, saveMs] = await timed(async () => {
      const r = await fetch(`${origin}/api/editor/agreements`, {
        method: "POST",
        headers: { "content-type": "application/json", origin, cookie, "x-forwarded-for": "198.51.100.250" },
        body: JSON.stringify({ input: minimalInput(`soak-${Date.now()}`, "Soak test") }),
      });
      return r.status;
    });
    clearInterval(drip);
    sockets.forEach((s) => s.destroy());
    console.log(`72 trickling bodies from one address: editor signed in in ${signInMs} ms, save answered ${saved} in ${saveMs} ms`);
    }

    // 3. Hostile PDFs while a reader reads.
    const hostileFiles = PARTS.has(3) ? ([["5,000-page PDF", await manyPagesPdf(5000)], ["Flate bomb (1 MB → 1 GB)", await flateBombPdf(1024)]] as const) : [];
    for (const [name, file] of hostileFiles) {
      let reading = true;
      const latencies: number[] = [];
      const reader = (async () => {
        let n = 0;
        while (reading) {
          const [, ms] = await timed(() => fetch(`${origin}/en/agreements/${slugs[n++ % 50]}`, { headers: { "x-forwarded-for": "198.51.100.2" } }).then((r) => r.arrayBuffer()));
          latencies.push(ms);
        }
      })();
      const [answer, ms] = await timed(async () => {
        const r = await fetch(`${origin}/api/editor/sources/${source!.id}/archive`, {
          method: "POST",
          headers: { "content-type": "application/json", origin, cookie, "x-forwarded-for": "198.51.100.250" },
          body: JSON.stringify({ retrievedOn: "2026-01-15", file: { name: "hostile.pdf", base64: Buffer.from(file).toString("base64") } }),
        });
        return `${r.status} ${(await r.text()).slice(0, 160)}`;
      });
      reading = false;
      await reader;
      console.log(`${name}: answered ${answer} after ${ms} ms; a reader meanwhile: ${latencies.length} pages, p50 ${percentile(latencies, 50)} ms, p99 ${percentile(latencies, 99)} ms`);
    }

    // 4. Soak: mixed hostile and distinct requests, then 500 searches at once.
    peak = 0;
    const hostile = [
      "/en/%65ditor", "/en/x/../editor/users", "/EN//editor/audit", "/th/%E0%B8", "/en/%2565ditor", "/en/a%00b", "/api/x/../v1/agreements",
      `/en/agreements?q=${"x".repeat(6000)}`, "/api/v1/agreements?limit=-1", "/api/v1/agreements?page=99999999999", "/th/sign-in?password=x",
    ];
    const soakStatuses = await pool(PARTS.has(4) ? SOAK : 0, 32, async (i) => {
      const client = { "x-forwarded-for": `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` };
      switch (i % 5) {
        case 0:
          return (await raw(origin, hostile[i % hostile.length]!, client)).status;
        case 1:
          return (await raw(origin, "/api/auth/sign-in/email", { ...client, "content-type": "application/json", origin }, "POST", JSON.stringify({ email: `x${i}\u0000@example.org`, password: "p" }))).status;
        case 2:
          return (await raw(origin, "/api/editor/agreements", { ...client, "content-type": "application/json", origin }, "POST", "{not json")).status;
        default:
          return (await raw(origin, distinct(), client)).status;
      }
    });
    console.log(`soak: ${SOAK.toLocaleString("en")} mixed requests at 32 at a time: ${show(soakStatuses)}; peak RSS of the npm start tree ${peak} MB`);
    const [burst, burstMs] = await timed(() => pool(500, 500, async (i) => (await raw(origin, `/en/agreements?q=${encodeURIComponent(`soak burst ${i} ${Date.now()}`)}`, { "x-forwarded-for": `172.16.${i >> 8}.${i & 255}` })).status));
    const alive = await fetch(`${origin}/en`, { headers: { "x-forwarded-for": "198.51.100.3" } }).then((r) => r.status, () => 0);
    console.log(`burst of 500 distinct searches at once: ${show(burst)} in ${burstMs} ms; then /en answered ${alive}; RSS now ${treeRssMb(server.pid!)} MB, peak ${peak} MB`);
    console.log(`server restarts logged during the run: ${(output.match(/starting it again/g) ?? []).length}`);

    // 5. The server process killed.
    if (!PARTS.has(5)) return;
    const pid = Number([...output.matchAll(/server process (\d+) started/g)].pop()?.[1]);
    process.kill(pid, "SIGKILL");
    const [, backMs] = await timed(() => waitFor(`${origin}/en`, Date.now() + 60_000));
    console.log(`server process killed: the site answered again after ${(backMs / 1000).toFixed(1)} s`);
  } finally {
    clearInterval(sampler);
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
    if (dataDir) setTimeout(() => rmSync(dataDir, { recursive: true, force: true }), 3000);
  }
}

main().then(
  () => setTimeout(() => process.exit(0), 3500),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
