// `npm run bench:save`: how long one editor's save takes — the whole record
// in one transaction (parts rewritten, search index, revision) — on the
// PostgreSQL server (a separate database, registry_bench_save;
// BENCH_PG_ADMIN_URL to change) and on the embedded database. Saves the
// largest seeded record (the 2022 MoC) unchanged and then with a changed
// title, ROUNDS times each, one at a time. Prints p50/p95; no pass/fail.

import pg from "pg";
import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 40);
const admin = process.env.BENCH_PG_ADMIN_URL ?? "postgresql://postgres@127.0.0.1:5432/postgres";

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function measure(label: string, url: string) {
  process.env.DATABASE_URL = url;
  await migrateDeploy(url);
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("@/lib/generated/prisma/client");
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
  const { seed } = await import("../prisma/seed");
  await seed(db);
  const { loadAgreementInput } = await import("@/lib/editor/snapshot");
  const { updateAgreement } = await import("@/lib/editor/save");
  const user = await db.user.create({ data: { id: `bench-${Date.now()}`, name: "bench", email: `bench-${Date.now()}@example.org`, role: "editor" } });
  const staff = { id: user.id, email: user.email, name: user.name, role: "editor" as const };
  const { id } = await db.agreement.findUniqueOrThrow({ where: { slug: "moc-ict-digital-2022" } });

  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const current = (await loadAgreementInput(db, id))!;
    const input = i % 2 === 0 ? current.input : { ...current.input, titleEn: `${current.input.titleEn.replace(/ \(\d+\)$/, "")} (${i})` };
    const started = performance.now();
    await updateAgreement(db, staff, id, current.version, input);
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${label}: save of the 2022 MoC (${ROUNDS} saves): p50 ${percentile(times, 50).toFixed(1)} ms, p95 ${percentile(times, 95).toFixed(1)} ms`);
  await db.$disconnect();
}

async function main() {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS registry_bench_save WITH (FORCE)`);
  await client.query(`CREATE DATABASE registry_bench_save`);
  try {
    await measure("PostgreSQL 15", Object.assign(new URL(admin), { pathname: "/registry_bench_save" }).toString());
  } finally {
    await client.query(`DROP DATABASE IF EXISTS registry_bench_save WITH (FORCE)`);
    await client.end();
  }
  const embedded = await startEmbeddedDatabase();
  try {
    await measure("embedded (PGlite)", embedded.url);
  } finally {
    await embedded.stop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
