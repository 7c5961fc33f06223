import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";

// Runs against a production build and a seeded throwaway database. `npm test`
// makes both and passes the database (E2E_DATABASE_URL, E2E_PASSWORD); run
// alone (`npx playwright test [file]`), this config makes them itself, once:
// the workers, which load this file again, inherit the variables set here.
if (!process.env.E2E_DATABASE_URL) {
  if (!existsSync(".next/BUILD_ID")) {
    const build = spawnSync("node_modules/.bin/next", ["build"], { stdio: "inherit", env: { ...process.env, DATABASE_URL: "", NEXT_TELEMETRY_DISABLED: "1" } });
    if (build.status !== 0) throw new Error("next build failed");
  }
  const made = spawnSync("node", ["--import", "tsx", "tests/setup/e2e-prepare.ts"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] });
  if (made.status !== 0) throw new Error(`the end-to-end database could not be made:\n${made.stdout}`);
  const { url, name, password } = JSON.parse(made.stdout.trim().split("\n").pop()!) as { url: string; name: string; password: string };
  Object.assign(process.env, { E2E_DATABASE_URL: url, E2E_PASSWORD: password, E2E_DATABASE_OWNED: name });
}
const databaseUrl = process.env.E2E_DATABASE_URL!;
if (!["127.0.0.1", "localhost"].includes(new URL(databaseUrl).hostname)) throw new Error("End-to-end tests run only against a local database.");

const PORT = 3456;
// A second server whose database is unreachable, for the 503 page.
const DOWN_PORT = 3457;
// Debian's Chromium: Playwright's own browser download is not reachable here.
const chromium = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

export default defineConfig({
  testDir: "tests/e2e",
  globalTeardown: "./tests/setup/e2e-teardown.ts",
  fullyParallel: true,
  workers: 2,
  forbidOnly: true,
  retries: 0,
  // A guard against a hung test, not a speed check: on a busy 2-core machine
  // the editor's tests (sign-in, a large form, three axe scans) took 30–35 s.
  timeout: 90_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  // Tests in tests/e2e/writes/ add or change records; the others count and
  // show the seeded ones. Those that write run after the others, on the same
  // database.
  projects: [
    { name: "public", testIgnore: "writes/**", use: { ...devices["Desktop Chrome"] } },
    { name: "writing", testDir: "tests/e2e/writes", dependencies: ["public"], use: { ...devices["Desktop Chrome"] } },
  ],
  webServer: [
    {
      command: `node scripts/serve.mjs -p ${PORT}`,
      url: `http://127.0.0.1:${PORT}/api/v1/agreements`,
      env: {
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: "1",
        BETTER_AUTH_SECRET: process.env.E2E_AUTH_SECRET ?? randomBytes(32).toString("hex"),
        // Every test browser signs in from 127.0.0.1: the per-address limit
        // would make them wait on each other. The per-account lock after
        // failed sign-ins stays as it is and is tested.
        AUTH_SIGN_IN_PER_MINUTE: "1000",
      },
      reuseExistingServer: false,
      timeout: 120_000,
    },
    {
      command: `node scripts/serve.mjs -p ${DOWN_PORT}`,
      // Every page of this server answers 503, which Playwright's URL check
      // never accepts: wait for the port instead.
      port: DOWN_PORT,
      // Port 9 (discard) on loopback: nothing listens, the connection is refused.
      env: { DATABASE_URL: "postgresql://registry:never-shown@127.0.0.1:9/registry", NEXT_TELEMETRY_DISABLED: "1" },
      reuseExistingServer: false,
      timeout: 120_000,
    },
  ],
});
