// `npm run bench:crawl -- --counts 10000 --reuse` (after `npm run build`):
// public reads as readers spread over the registry make them, where every
// request asks for an address not asked before in the run (README, "Every
// read cheap, even the first"). For each size:
// 1. the database is filled (bench:data; `--reuse` keeps one filled to that
//    size) and every public record's answers and the unfiltered list's pages
//    are rendered into the shared store as editors' saves would have (those
//    already stored for today are not);
// 2. a freshly started `npm start` (nothing in its memory) is measured with
//    autocannon at 32 connections, gzip, each address of a workload's slice
//    asked once, next to the smallest static script file in the same run
//    (asked for DURATION s): distinct agreement pages
//    (th/en/ja), distinct API records, distinct list pages (`?page=N`),
//    distinct two-word searches (each after WARM requests of its kind to
//    addresses measured nowhere, not counted); then one at a time on the
//    idle server, the
//    first read of 200 record pages, 200 API records and 100 searches (p50/p95);
// 3. a second instance started on the same database reads 1,000 record
//    pages the first one read, then is restarted and reads them again:
//    renders counted (answers that did not come from memory or the store,
//    X-Registry-Cache).
// Peak RSS of the first instance's process tree throughout. A benchmark: it
// prints numbers, it does not pass or fail.
import { readdirSync, statSync } from "node:fs";
import type { IncomingHttpHeaders } from "node:http";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { locales } from "@/i18n/locales";
import { FROM_HEADER } from "@/lib/server/front-cache.mjs";
import { fillDatabase, people, renderAll, renderPaths, topics } from "./bench-data";
import { query, serveDatabase, treeRssMb } from "./bench-tools";

const { values } = parseArgs({
  options: {
    counts: { type: "string", default: "10000,100000" },
    duration: { type: "string", default: "8" },
    reuse: { type: "boolean", default: false },
    // Some workloads only (pages,api,lists,searches), without the second instance: for trying a change.
    only: { type: "string" },
    // Render into the store only the record and list answers this run asks for, not every record's (at 100,000
    // records, 400,000 answers would take hours to render; the run asks for at most ~16,000 of them).
    "render-asked": { type: "boolean", default: false },
  },
});
const COUNTS = values.counts.split(",").map(Number);
const DURATION = Number(values.duration);
const base = process.env.BENCH_DATABASE_URL ?? "postgresql://postgres@127.0.0.1:5432/registry_load";
const GZIP = { "accept-encoding": "gzip" };
/** Requests of a workload's kind, to addresses measured nowhere, before it is measured (measureSize). */
const WARM = 1200;
const ONLY = values.only?.split(",");
const wanted = (workload: string) => !ONLY || ONLY.includes(workload);

/** A fixed shuffle (the same from run to run), so addresses are spread over the registry. */
function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  let seed = 7;
  for (let i = out.length - 1; i > 0; i--) {
    seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = Math.floor(seed / 65_536) % (i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

interface Run {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  status503: number;
  asked: number;
  renders: number;
}

/** autocannon over `paths`, each asked once, however long that takes. */
async function distinct(origin: string, paths: string[]): Promise<Run> {
  let i = 0;
  let renders = 0;
  let status503 = 0;
  let answered = 0;
  let lastAnswer = 0;
  const started = performance.now();
  const result = await autocannon({
    url: origin,
    headers: GZIP,
    connections: 32,
    timeout: 20,
    // Every address once: autocannon stops at `amount` requests (and would ignore a duration given with it).
    amount: paths.length,
    requests: [
      {
        setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[Math.min(i++, paths.length - 1)]! }),
        onResponse: (status: number, _body: string, _context: object, headers?: IncomingHttpHeaders) => {
          answered++;
          lastAnswer = performance.now();
          if (status === 503) status503++;
          if (!headers?.[FROM_HEADER]) renders++;
        },
      },
    ],
  });
  // Answers over the time they took: autocannon's own average is over whole seconds, and a run whose addresses
  // ran out stops at its next second, so 400 searches answered in 4.1 s counted as 400 / 5 = 80 a second.
  return { rps: answered / ((lastAnswer - started) / 1000), p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, status503, asked: Math.min(i, paths.length), renders };
}

async function staticRun(origin: string, path: string): Promise<Run> {
  const result = await autocannon({ url: origin + path, headers: GZIP, connections: 32, duration: DURATION, timeout: 20 });
  // Runs its whole duration: whole seconds, so autocannon's own average holds.
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx, status503: 0, asked: result.requests.total, renders: 0 };
}

/** One request at a time: latency of each, in ms. */
async function serial(origin: string, paths: string[]): Promise<{ p50: number; p95: number; renders: number }> {
  const times: number[] = [];
  let renders = 0;
  for (const path of paths) {
    const t = performance.now();
    const answer = await fetch(origin + path, { headers: GZIP });
    await answer.arrayBuffer();
    times.push(performance.now() - t);
    if (!answer.headers.get(FROM_HEADER)) renders++;
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!;
  return { p50: at(0.5), p95: at(0.95), renders };
}

/** Renders among `paths` read once more from `origin`. */
async function rendersOf(origin: string, paths: string[]): Promise<number> {
  let renders = 0;
  for (const path of paths) {
    const answer = await fetch(origin + path, { headers: GZIP });
    await answer.arrayBuffer();
    if (answer.status !== 200) throw new Error(`${path} answered ${answer.status}`);
    if (!answer.headers.get(FROM_HEADER)) renders++;
  }
  return renders;
}

/**
 * Distinct two-word searches: pairs of words from the generated records' topics and names, Thai and English;
 * `reversed`: the same pairs the other way round (other queries: only the last word stands for longer ones).
 */
function searches(reversed = false): string[] {
  const words = [...new Set([...topics.flatMap(([th, en]) => [th, ...en.split(" ")]), ...people.flatMap(([th, en]) => [th.split(" ")[0]!, en.split(" ")[0]!])])].filter((w) => w.length > 2);
  const pairs: string[] = [];
  for (const a of words) for (const b of words) if (a < b) pairs.push(reversed ? `${b} ${a}` : `${a} ${b}`);
  return shuffled(pairs);
}

async function measureSize(count: number) {
  const url = Object.assign(new URL(base), { pathname: `/${new URL(base).pathname.slice(1)}_${count}` }).toString();
  const existing = await query<{ n: string }>(url, `SELECT count(*) AS n FROM "Agreement" WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC'`);
  // What editors' saves would have rendered (records' answers, the unfiltered list's pages); searches never are.
  const parts = [...(wanted("pages") || wanted("api") ? (["records"] as const) : []), ...(wanted("lists") ? (["lists"] as const) : [])];
  const renderAsked = values["render-asked"];
  if (!values.reuse || Number(existing[0]?.n ?? 0) < count) await fillDatabase(url, count, console.log, renderAsked ? [] : parts);
  else if (parts.length > 0 && !renderAsked) await renderAll(url, console.log, parts);

  const slugs = shuffled((await query<{ slug: string }>(url, `SELECT "slug" FROM "Agreement" WHERE "publicationState" = 'PUBLISHED' AND "visibility" = 'PUBLIC'`)).map((r) => r.slug));
  const pages = slugs.flatMap((slug, n) => [`/${locales[n % locales.length]}/agreements/${slug}`]);
  const api = shuffled(slugs).map((slug) => `/api/v1/agreements/${slug}`);
  const perPage = 20;
  const lastPage = Math.ceil(slugs.length / perPage);
  const lists = shuffled(locales.flatMap((locale) => Array.from({ length: lastPage }, (_, n) => `/${locale}/agreements?page=${n + 1}`)));
  const queries = searches().map((q, n) => `/${locales[n % locales.length]}/agreements?q=${encodeURIComponent(q)}`);
  const apiQueries = searches().map((q, n) => `/api/v1/agreements?q=${encodeURIComponent(q)}&lang=${locales[n % locales.length]}`);
  // Each workload's addresses, each asked once.
  const third = Math.min(Math.floor(pages.length / 3), 6000);
  const apiHalf = Math.min(Math.floor(api.length / 2), 8000);
  const listHalf = Math.min(600, Math.floor(lists.length / 2));
  const pageReads = pages.slice(third, third + 200);
  const apiReads = api.slice(apiHalf, apiHalf + 200);
  const listReads = lists.slice(listHalf, listHalf + 100);
  // Each workload's warm-up (measureSize below): addresses asked by nothing else, stored as the measured ones are.
  const pageWarm = pages.slice(third + 200, third + 200 + WARM);
  const apiWarm = api.slice(apiHalf + 200, apiHalf + 200 + WARM);
  const listWarm = lists.slice(listHalf + 100, listHalf + 100 + WARM);
  if (renderAsked) {
    const asked = [
      ...(parts.includes("records") ? [...pages.slice(0, third), ...pageReads, ...pageWarm, ...api.slice(0, apiHalf), ...apiReads, ...apiWarm] : []),
      ...(parts.includes("lists") ? [...lists.slice(0, listHalf), ...listReads, ...listWarm] : []),
    ];
    await renderPaths(url, asked, "the record pages, API records and list pages this run asks for", console.log);
  }

  const first = await serveDatabase(url);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(first.pid))), 250);
  try {
    const chunk = readdirSync(".next/static/chunks")
      .filter((f) => f.endsWith(".js"))
      .sort((a, b) => statSync(`.next/static/chunks/${a}`).size - statSync(`.next/static/chunks/${b}`).size || a.localeCompare(b))[0];
    const staticFile = await staticRun(first.origin, `/_next/static/chunks/${chunk}`);
    // Each workload takes its own slice of the addresses: none is asked twice in the run.
    const rows: Array<[string, Run]> = [["static file (smallest script)", staticFile]];
    // Each workload after WARM requests of its kind to addresses asked nowhere else (not
    // counted): a fresh process's first requests of a kind pay for compiling its code and for the pool's new
    // connections (distinct searches at 10,000: p99 684 ms over the first 400, 589 ms over the 600 after them,
    // 293–302 ms after 1,200), which a server up for a minute has paid; what they leave in memory serves no
    // measured address.
    const measured = async (warm: string[], paths: string[]) => (await distinct(first.origin, warm), await distinct(first.origin, paths));
    const reversed = searches(true).map((q, n) => `/${locales[n % locales.length]}/agreements?q=${encodeURIComponent(q)}`);
    if (wanted("pages")) rows.push(["agreement pages th/en/ja, each asked once", await measured(pageWarm, pages.slice(0, third))]);
    if (wanted("api")) rows.push(["API records, each asked once", await measured(apiWarm, api.slice(0, apiHalf))]);
    if (wanted("lists")) rows.push(["list pages (?page=N, th/en/ja), each asked once", await measured(listWarm, lists.slice(0, listHalf))]);
    if (wanted("searches")) rows.push(["searches (two words, th/en/ja), each asked once", await measured(reversed.slice(0, WARM), queries.slice(0, Math.floor(queries.length / 2)))]);
    console.log(`\n${count.toLocaleString("en")} agreements — distinct addresses, 32 connections, gzip, each address asked once (the static file for ${DURATION} s; each workload after ${WARM} requests of its kind to other addresses, not counted)`);
    console.log("| workload | req/s | × static | p50 / p99 ms | asked | rendered | 503 | other errors |");
    console.log("|---|---:|---:|---|---:|---:|---:|---:|");
    for (const [name, run] of rows) {
      console.log(`| ${name} | ${run.rps.toFixed(0)} | ${(run.rps / staticFile.rps).toFixed(3)} | ${run.p50} / ${run.p99} | ${run.asked} | ${run.renders} | ${run.status503} | ${run.errors - run.status503} |`);
    }

    // Idle, one at a time, addresses not asked above.
    console.log(`\nFirst reads, one at a time on the idle server (p50 / p95 ms, rendered of asked):`);
    const firstReads: Array<[string, string, string[]]> = [
      ["pages", "agreement page", pageReads],
      ["api", "API record", apiReads],
      ["searches", "search", queries.slice(Math.floor(queries.length / 2), Math.floor(queries.length / 2) + 100)],
      // The same kind of query through the API (JSON, no page to render), other words than the page searches above.
      ["searches", "API search", apiQueries.slice(Math.floor(apiQueries.length / 2) + 100, Math.floor(apiQueries.length / 2) + 200)],
      ["lists", "list page", listReads],
    ];
    for (const [workload, name, asked] of firstReads) {
      if (!wanted(workload)) continue;
      const run = await serial(first.origin, asked);
      console.log(`- ${name}: ${run.p50.toFixed(1)} / ${run.p95.toFixed(1)} (${run.renders} of ${asked.length} rendered)`);
    }
    if (ONLY) return console.log(`Peak RSS of the first instance's npm start tree while serving: ${peak} MB`);

    // A second instance, then the same one restarted: 1,000 record pages the first one read.
    const read = pages.slice(0, 1000);
    let second = await serveDatabase(url);
    const onSecond = await rendersOf(second.origin, read);
    await second.stop();
    second = await serveDatabase(url);
    const afterRestart = await rendersOf(second.origin, read);
    await second.stop();
    console.log(`\nA second instance read 1,000 record pages the first had served: ${onSecond} rendered; restarted, the same 1,000: ${afterRestart} rendered.`);
    console.log(`Peak RSS of the first instance's npm start tree while serving: ${peak} MB`);
  } finally {
    clearInterval(sampler);
    await first.stop();
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
