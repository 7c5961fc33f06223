import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };
// Tests that need a real PostgreSQL server (creating databases, migrating a
// scratch copy) are named *.postgres.test.ts and skipped on the embedded run.
const embedded = process.env.TEST_DB_KIND === "embedded";

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: "unit", include: ["lib/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" } },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          // A database of its own when run alone (tests/setup/).
          globalSetup: ["tests/setup/integration-global.ts"],
          exclude: embedded ? ["tests/integration/**/*.postgres.test.ts"] : [],
          environment: "node",
          // One database per run, shared by the files: one file at a time.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // The hold on sign-ins past an account's failure ceiling
          // (lib/auth/failed-sign-ins.ts), shortened: 90 held attempts in a test.
          env: { SIGN_IN_SLOWDOWN_MS: "200" },
        },
      },
      {
        resolve: { alias },
        test: { name: "system", include: ["tests/system/**/*.test.ts"], environment: "node", fileParallelism: false, testTimeout: 300_000, hookTimeout: 300_000 },
      },
    ],
  },
});
