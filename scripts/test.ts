// `npm test`: the whole suite, in the order a failure is cheapest to find.
//   typecheck → lint → unit → integration on a real PostgreSQL (a throwaway
//   database) → integration on the embedded PGlite → production build →
//   system test of `npm start` → end-to-end in Chromium (Playwright).
// Ends with one line "N passed, N failed" counting every test run.

import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";
import { checkDatabase } from "@/lib/db/preflight";
import { ADMIN_URL as adminUrl, e2eDatabase, throwawayDatabase } from "../tests/setup/databases";

const root = process.cwd();
const bin = (name: string) => path.join(root, "node_modules", ".bin", name);
const reports = mkdtempSync(path.join(os.tmpdir(), "registry-test-"));

let passed = 0;
let failed = 0;
const failedSteps: string[] = [];

function run(command: string, args: string[], env: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env }, stdio: "inherit" });
    child.on("close", (code) => resolve(code ?? 1));
  });
}

async function step(name: string, body: () => Promise<boolean>) {
  console.log(`\n=== ${name} ===`);
  const ok = await body().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    return false;
  });
  if (!ok) failedSteps.push(name);
  return ok;
}

/** Runs a vitest project and adds its counts; false when anything failed or nothing ran. */
async function vitest(project: string, env: Record<string, string> = {}): Promise<boolean> {
  const out = path.join(reports, `${project}-${Date.now()}.json`);
  const code = await run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${out}`], env);
  if (!existsSync(out)) return false;
  const report = JSON.parse(readFileSync(out, "utf8")) as { numPassedTests: number; numFailedTests: number; numTotalTests: number };
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  return code === 0 && report.numTotalTests > 0;
}

async function main() {
  await step("type-check", async () => (await run(bin("tsc"), ["--noEmit"])) === 0);
  await step("lint", async () => (await run(bin("eslint"), [".", "--max-warnings=0"])) === 0);
  await step("unit tests", () => vitest("unit"));

  await step("integration tests on PostgreSQL", async () => {
    await checkDatabase(adminUrl).catch((error) => {
      throw new Error(`${error.message} The integration tests need the PostgreSQL server (TEST_PG_ADMIN_URL).`);
    });
    const db = await throwawayDatabase("it");
    try {
      return await vitest("integration", { DATABASE_URL: db.url, TEST_DB_KIND: "postgres", TEST_PG_ADMIN_URL: adminUrl });
    } finally {
      await db.drop();
    }
  });

  await step("integration tests on the embedded database", async () => {
    let embedded: EmbeddedDatabase | null = null;
    try {
      embedded = await startEmbeddedDatabase();
      await migrateDeploy(embedded.url, root);
      return await vitest("integration", { DATABASE_URL: embedded.url, TEST_DB_KIND: "embedded" });
    } finally {
      await embedded?.stop();
    }
  });

  const built = await step("production build", async () => (await run(bin("next"), ["build"], { DATABASE_URL: "" })) === 0);

  if (built) {
    await step("system test of npm start", () => vitest("system"));
    await step("end-to-end tests in Chromium", async () => {
      // Seeded, with staff accounts whose password is this run's own.
      const password = randomBytes(18).toString("base64url");
      const db = await e2eDatabase(password);
      try {
        const out = path.join(reports, "playwright.json");
        const code = await run(bin("playwright"), ["test", "--reporter=list,json"], {
          E2E_DATABASE_URL: db.url,
          E2E_PASSWORD: password,
          E2E_AUTH_SECRET: randomBytes(32).toString("hex"),
          PLAYWRIGHT_JSON_OUTPUT_NAME: out,
        });
        if (!existsSync(out)) return false;
        const stats = (JSON.parse(readFileSync(out, "utf8")) as { stats: { expected: number; unexpected: number; flaky: number } }).stats;
        passed += stats.expected + stats.flaky;
        failed += stats.unexpected;
        return code === 0 && stats.expected > 0;
      } finally {
        await db.drop();
      }
    });
  } else {
    failedSteps.push("system and end-to-end tests (skipped: no build)");
  }

  rmSync(reports, { recursive: true, force: true });
  console.log("");
  if (failedSteps.length) console.log(`Failed steps: ${failedSteps.join("; ")}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failedSteps.length ? 1 : 0);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  console.log(`${passed} passed, ${failed + 1} failed`);
  process.exit(1);
});
