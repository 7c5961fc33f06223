// Run by `npm start` (scripts/start.ts) in a process of its own, under the
// setup lock: apply the migrations to DATABASE_URL and seed it (idempotent).
// Its own process because what it loads stays in memory: Prisma's client and
// query compiler and the seed's records took the supervisor from ~100 to ~270
// MB, kept for as long as the registry is served (README, "Memory"); this
// process's memory goes when it exits. A failure is one line, never a stack
// trace, and a non-zero exit code.
import { migrateDeploy } from "@/lib/db/migrate";

const say = (line: string) => console.log(`[registry] ${line}`);

async function main() {
  const url = process.env.DATABASE_URL!;
  await migrateDeploy(url, process.cwd());
  say("migrations applied");
  const { seed } = await import("../prisma/seed");
  const { getDb } = await import("@/lib/db/client");
  const result = await seed(getDb());
  await getDb().$disconnect();
  say(`seed: ${result.created.length} records added, ${result.skipped.length} already present`);
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[registry] error: ${error instanceof Error ? error.message.split("\n")[0]! : String(error)}`);
    process.exit(1);
  },
);
