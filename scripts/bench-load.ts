// `npm run bench:load` (after `npm run build`): for each registry size
// (`--counts 10000,100000`), fills a database with bench:data's generator
// (`--reuse` keeps one already filled to that size), serves it with
// `npm start`, and runs autocannon at 32 connections against every public
// route and, in the same run, a static file. Prints per route: req/s, the
// ratio to the static file, p50/p99 latency, errors, SQL statements per
// request, and the start's process tree's peak RSS; then search at 8
// connections over distinct queries, and one request after the bursts.
// A benchmark: it prints numbers, it does not pass or fail.
//
// SQL statements per request: transactions committed in the database during
// the route's run, divided by the requests answered. The app's reads run
// outside explicit transactions, so each statement commits on its own.
import { spawn } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { freePort } from "@/lib/db/embedded";
import { query, treeRssMb, waitFor } from "./bench-tools";
import { fillDatabase } from "./bench-data";

const { values } = parseArgs({
  options: {
    counts: { type: "string", default: "10000,100000" },
    duration: { type: "string", default: "8" },
    reuse: { type: "boolean", default: false },
  },
});
const COUNTS = values.counts.split(",").map(Number);
const DURATION = Number(values.duration);
const base = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/registry_load";

const commits = async (url: string) => Number((await query<{ n: string }>(url, "SELECT xact_commit AS n FROM pg_stat_database WHERE datname = current_database()"))[0]?.n ?? 0);

interface Row {
  route: string;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  sql: number;
  /** The same route asked as browsers ask, with Accept-Encoding: gzip. */
  gzip: { rps: number; p99: number; errors: number };
}

// Browsers, crawlers and feed readers ask for compressed answers; each route
// is measured both without (the bytes as written) and with it.
const GZIP = { "accept-encoding": "gzip" };

async function cannon(url: string, connections: number, paths?: string[], headers: Record<string, string> = {}): Promise<autocannon.Result> {
  let i = 0;
  return autocannon({
    url,
    headers,
    connections,
    duration: DURATION,
    timeout: 20,
    ...(paths ? { requests: [{ setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[i++ % paths.length]! }) }] } : {}),
  });
}

async function measureSize(count: number) {
  const url = Object.assign(new URL(base), { pathname: `/${new URL(base).pathname.slice(1)}_${count}` }).toString();
  const existing = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "Agreement" WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC'`);
  if (!values.reuse || Number(existing[0]?.n ?? 0) < count) await fillDatabase(url, count);

  const port = await freePort();
  // API_RATE_LIMIT=0: every request here comes from one address, which the
  // public API's per-client limit (lib/server/front-door.mjs) would refuse.
  const server = spawn("node", ["--import", "tsx", "scripts/start.ts"], { env: { ...process.env, DATABASE_URL: url, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", API_RATE_LIMIT: "0" }, stdio: "ignore", detached: true });
  const origin = `http://127.0.0.1:${port}`;
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, treeRssMb(server.pid!));
  }, 250);
  try {
    await waitFor(`${origin}/api/v1/agreements?limit=1`, Date.now() + 600_000);
    // Serving only: `npm start` may have built the app first (next build
    // alone peaks above 1.5 GB), which is not what the target is about.
    console.log(`\n${count.toLocaleString("en")} agreements — peak RSS of the npm start tree while starting (migrations, seed, a build if the sources changed): ${peak} MB`);
    peak = 0;
    const [sample] = await query<{ slug: string; org: string; scope: string }>(
      url,
      `SELECT a.slug, o.slug AS org, sa.key AS scope FROM "Agreement" a
       JOIN "AgreementParty" p ON p."agreementId" = a.id JOIN "Organization" o ON o.id = p."organizationId"
       JOIN "AgreementScopeArea" l ON l."agreementId" = a.id JOIN "ScopeArea" sa ON sa.id = l."scopeAreaId"
       WHERE a.slug LIKE 'generated-published-%' ORDER BY a.id DESC LIMIT 1`,
    );
    // The smallest script file: one fixed yardstick from run to run (the
    // first file listed was 1 kB in one build and 110 kB in another).
    const chunk = readdirSync(".next/static/chunks")
      .filter((f) => f.endsWith(".js"))
      .sort((a, b) => statSync(`.next/static/chunks/${a}`).size - statSync(`.next/static/chunks/${b}`).size || a.localeCompare(b))[0];
    const deep = Math.floor(count / 20 / 2);
    const routes: Array<[string, string]> = [
      ["static file", `/_next/static/chunks/${chunk}`],
      ["home (en)", "/en"],
      ["home (th)", "/th"],
      ["list", "/en/agreements"],
      ["list, status in effect", "/en/agreements?status=in_effect"],
      ["list, status expired", "/en/agreements?status=expired"],
      ["list, kind", "/en/agreements?kind=MEMORANDUM_OF_UNDERSTANDING"],
      ["list, scope area", `/en/agreements?scope=${sample!.scope}`],
      ["list, party", `/en/agreements?party=${sample!.org}`],
      ["list, year", "/en/agreements?year=2019"],
      ["list, title (th)", "/th/agreements?sort=title"],
      ["list, deep page", `/en/agreements?page=${deep}`],
      ["agreement page", `/en/agreements/${sample!.slug}`],
      ["organization page", `/en/organizations/${sample!.org}`],
      ["scope-area page", `/en/scope-areas/${sample!.scope}`],
      ["timeline", "/en/timeline"],
      ["deadlines (expiring)", "/en/expiring?view=deadlines&months=12"],
      ["status unclear list", "/th/expiring?view=unclear"],
      ["deadlines calendar", "/th/deadlines.ics"],
      ["API list", "/api/v1/agreements"],
      ["API record", `/api/v1/agreements/${sample!.slug}`],
      ["API search", "/api/v1/agreements?q=cybersecurity"],
      ["feed", "/en/feed.xml"],
      ["sitemap", "/sitemap.xml"],
    ];
    // Warm-up: the first request of each route compiles and fills caches.
    for (const [, path] of routes) await fetch(origin + path).then((r) => r.arrayBuffer());
    const sizes = new Map<string, { plain: number; gzip: number }>();
    for (const [name, path] of routes) {
      const body = Buffer.from(await (await fetch(origin + path)).arrayBuffer());
      sizes.set(name, { plain: body.byteLength, gzip: gzipSync(body).byteLength });
    }

    const rows: Row[] = [];
    for (const [name, path] of routes) {
      const before = await commits(url);
      const r = await cannon(origin + path, 32);
      const after = await commits(url);
      const answered = r.requests.total || 1;
      const g = await cannon(origin + path, 32, undefined, GZIP);
      rows.push({
        route: name,
        rps: r.requests.average,
        p50: r.latency.p50,
        p99: r.latency.p99,
        errors: r.errors + r.timeouts + r.non2xx,
        sql: Math.max(0, after - before - 1) / answered,
        gzip: { rps: g.requests.average, p99: g.latency.p99, errors: g.errors + g.timeouts + g.non2xx },
      });
    }
    const staticRps = rows[0]!.rps;
    const staticGzipRps = rows[0]!.gzip.rps;
    console.log(`\n${count.toLocaleString("en")} agreements — 32 connections, ${DURATION} s a route; peak RSS of the npm start tree so far ${peak} MB`);
    console.log("| route | req/s | × static | p50 ms | p99 ms | errors | gzip: req/s | × static | p99 ms | errors | SQL/request | size (gzip) |");
    console.log("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    for (const row of rows) {
      const size = sizes.get(row.route) ?? { plain: 0, gzip: 0 };
      console.log(
        `| ${row.route} | ${row.rps.toFixed(0)} | ${(row.rps / staticRps).toFixed(2)} | ${row.p50} | ${row.p99} | ${row.errors} | ${row.gzip.rps.toFixed(0)} | ${(row.gzip.rps / staticGzipRps).toFixed(2)} | ${row.gzip.p99} | ${row.gzip.errors} | ${row.sql.toFixed(1)} | ${(size.plain / 1024).toFixed(0)} kB (${(size.gzip / 1024).toFixed(0)} kB) |`,
      );
    }

    const queries = ["cybersecurity", "postal", "satellites", "artificial intelligence", "smart cities", "broadband", "ไซเบอร์", "ไปรษณีย์", "ดาวเทียม", "ปัญญาประดิษฐ์", "Takaici", "Kanekko", "Watanbe", "digital skills", "open data", "disaster"];
    const search = await cannon(origin, 8, queries.map((q) => `/api/v1/agreements?q=${encodeURIComponent(q)}`));
    console.log(`search, 8 connections over ${queries.length} distinct queries: ${search.requests.average.toFixed(0)} req/s, p50 ${search.latency.p50} ms, p99 ${search.latency.p99} ms, errors ${search.errors + search.timeouts + search.non2xx}`);

    const t = performance.now();
    const after = await fetch(`${origin}/api/v1/agreements/${sample!.slug}`);
    console.log(`after the bursts: one API record answered ${after.status} in ${(performance.now() - t).toFixed(0)} ms`);
    console.log(`peak RSS of the npm start process tree while serving: ${peak} MB`);
  } finally {
    clearInterval(sampler);
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      /* gone */
    }
  }
}

async function main() {
  for (const count of COUNTS) await measureSize(count);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
