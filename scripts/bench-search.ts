// `npm run bench:search` (after `npm run build`): fills a separate database
// (registry_bench on the PostgreSQL server; BENCH_PG_ADMIN_URL to change)
// with 10,000 generated agreements in Thai and English, indexes them through
// the same reindexAgreement as every save, serves the production build on it
// and reports search latency through the HTTP API: p50/p95 for Thai, English
// and misspelt queries. A benchmark: it prints numbers, it does not pass/fail.

import { spawn } from "node:child_process";
import pg from "pg";
import { freePort } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";
// The same vocabulary as bench:data, so both benchmarks search the same kind of text.
import { people, topics } from "./bench-data";

const COUNT = Number(process.env.BENCH_AGREEMENTS ?? 10_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const admin = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";
const dbName = "registry_bench";
const url = Object.assign(new URL(admin), { pathname: `/${dbName}` }).toString();

// Deterministic pseudo-random numbers, so every run builds the same data.
let seed = 42;
const rand = (n: number) => {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  // The high bits: an LCG's low bits repeat with a short period.
  return Math.floor(seed / 65_536) % n;
};

async function sql(connection: string, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: connection });
  await client.connect();
  try {
    return await client.query(text, values);
  } finally {
    await client.end();
  }
}

function percentile(sorted: number[], p: number) {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

async function fill() {
  await sql(admin, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
  await sql(admin, `CREATE DATABASE "${dbName}"`);
  await migrateDeploy(url);
  process.env.DATABASE_URL = url;
  const { seed: seedRegistry } = await import("../prisma/seed");
  const { getDb } = await import("@/lib/db/client");
  const { reindexAgreement } = await import("@/lib/search/index-agreement");
  const db = getDb();
  await seedRegistry(db);

  const orgs = await db.organization.findMany();
  const scopes = await db.scopeArea.findMany();
  const persons = await Promise.all(people.map(([th, en], i) => db.person.create({ data: { slug: `bench-person-${i}`, nameTh: th, nameEn: en } })));
  const started = Date.now();
  const BATCH = 500;
  for (let offset = 0; offset < COUNT; offset += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, COUNT - offset) }, (_, i) => {
      const n = offset + i + 1;
      const [t1th, t1en] = topics[rand(topics.length)]!;
      const [t2th, t2en] = topics[rand(topics.length)]!;
      const year = 2015 + rand(11);
      return {
        slug: `bench-${n}`,
        kind: rand(3) === 0 ? ("MEMORANDUM_OF_UNDERSTANDING" as const) : ("MEMORANDUM_OF_COOPERATION" as const),
        titleTh: `บันทึกความร่วมมือด้าน${t1th}และ${t2th} ฉบับที่ ${n}`,
        titleEn: `Memorandum of Cooperation on ${t1en} and ${t2en} No. ${n}`,
        summaryTh: `ความร่วมมือระหว่างหน่วยงานไทยและญี่ปุ่นในด้าน${t1th} รวมถึงการแลกเปลี่ยนผู้เชี่ยวชาญและการจัดประชุมร่วมด้าน${t2th}`,
        summaryEn: `Cooperation between Thai and Japanese agencies on ${t1en}, including expert exchanges and joint meetings on ${t2en}.`,
        signedOn: new Date(Date.UTC(year, rand(12), 1 + rand(28))),
        signedPrecision: "DAY" as const,
        termMonths: [12, 24, 36, 60][rand(4)]!,
        publicationState: "PUBLISHED" as const,
        visibility: "PUBLIC" as const,
      };
    });
    await db.agreement.createMany({ data: batch });
    const rows = await db.agreement.findMany({ where: { slug: { in: batch.map((b) => b.slug) } }, select: { id: true } });
    await db.agreementParty.createMany({ data: rows.flatMap((r) => [{ agreementId: r.id, organizationId: orgs[rand(orgs.length)]!.id, position: 0 }]), skipDuplicates: true });
    await db.agreementScopeArea.createMany({ data: rows.flatMap((r) => [{ agreementId: r.id, scopeAreaId: scopes[rand(scopes.length)]!.id }]), skipDuplicates: true });
    await db.signatory.createMany({
      data: rows.map((r) => ({ agreementId: r.id, personId: persons[rand(persons.length)]!.id, organizationId: orgs[rand(orgs.length)]!.id, role: "SIGNATORY" as const, positionTh: "รัฐมนตรี", positionEn: "Minister" })),
    });
    // The index is built as every save builds it.
    const queue = [...rows];
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        for (let r = queue.shift(); r; r = queue.shift()) await reindexAgreement(db, r.id);
      }),
    );
  }
  await db.$executeRawUnsafe('ANALYZE "SearchDocument"');
  await db.$disconnect();
  console.log(`filled ${COUNT} generated agreements (plus the 5 curated) in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

async function measure() {
  const port = await freePort();
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], { env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1" }, stdio: "ignore", detached: true });
  try {
    for (let i = 0; i < 200; i++) {
      if (await fetch(`http://127.0.0.1:${port}/api/v1/agreements?limit=1`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const sets: Record<string, string[]> = {
      Thai: ["ไซเบอร์", "ไปรษณีย์", "ดาวเทียม", "ปัญญาประดิษฐ์", "เมืองอัจฉริยะ", "บรอดแบนด์"],
      English: ["cybersecurity", "postal", "satellites", "artificial intelligence", "smart cities", "broadband"],
      misspelt: ["Takaici", "Kanekko", "Yoshda", "Watanbe", "Suzki", "Tanka"],
    };
    // Warm-up: the first requests compile routes and fill caches.
    for (const q of Object.values(sets).flat()) await fetch(`http://127.0.0.1:${port}/api/v1/agreements?q=${encodeURIComponent(q)}`).then((r) => r.arrayBuffer());
    console.log(`search through GET /api/v1/agreements?q=… (20 results a page), ${ROUNDS} rounds of each query, one at a time:`);
    for (const [name, queries] of Object.entries(sets)) {
      const times: number[] = [];
      let hits = 0;
      for (let round = 0; round < ROUNDS; round++) {
        for (const q of queries) {
          const t = performance.now();
          const body = (await (await fetch(`http://127.0.0.1:${port}/api/v1/agreements?q=${encodeURIComponent(q)}`)).json()) as { meta: { total: number } };
          times.push(performance.now() - t);
          hits += body.meta.total;
        }
      }
      times.sort((a, b) => a - b);
      console.log(`  ${name.padEnd(9)} p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms  (${times.length} requests, ${Math.round(hits / times.length)} matches on average)`);
    }
  } finally {
    process.kill(-server.pid!, "SIGTERM");
  }
}

async function main() {
  await fill();
  await measure();
  if (!process.env.BENCH_KEEP) await sql(admin, `DROP DATABASE IF EXISTS "${dbName}" WITH (FORCE)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
