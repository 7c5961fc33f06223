// `npm start`: from a fresh clone to a served, seeded registry.
// - DATABASE_URL unset: runs the embedded PostgreSQL (PGlite) with its data in
//   .data/pglite (git-ignored); set: uses that server.
// - Then: check the connection, apply migrations and seed (idempotent) in a
//   process of their own (scripts/setup-db.ts), build if the sources changed
//   since the last build, and serve with `next start`.
// Errors a user can fix are printed as one line, never as a stack trace.

import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ensureAuthSecret } from "@/lib/auth/secret";
import { ConfigError, parseDatabaseUrl } from "@/lib/db/config";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "@/lib/db/embedded";
import { checkDatabase, DatabaseUnreachableError } from "@/lib/db/preflight";
import { embeddedDataDir, runningEmbeddedFile } from "@/lib/db/running";
import { withSetupLock } from "@/lib/db/setup-lock";

const root = process.cwd();
const port = Number(process.env.PORT ?? 3000);
const dataDir = embeddedDataDir(root);
const embeddedPort = process.env.EMBEDDED_DB_PORT ? Number(process.env.EMBEDDED_DB_PORT) : undefined;

const say = (line: string) => console.log(`[registry] ${line}`);
function fail(line: string, code = 1): never {
  console.error(`[registry] error: ${line}`);
  process.exit(code);
}

// What the production build depends on; a change to any of it means rebuild.
const BUILD_INPUTS = ["app", "components", "i18n", "lib", "messages", "public", "prisma/schema.prisma", "next.config.ts", "proxy.ts", "postcss.config.mjs", "tsconfig.json", "package-lock.json"];

function buildFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const stat = statSync(p);
    if (stat.isDirectory()) {
      if (p.endsWith(path.join("lib", "generated"))) return;
      for (const entry of readdirSync(p).sort()) walk(path.join(p, entry));
    } else {
      hash.update(path.relative(root, p));
      hash.update(readFileSync(p));
    }
  };
  for (const input of BUILD_INPUTS) walk(path.join(root, input));
  return hash.digest("hex");
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, env, stdio: "inherit" });
    child.on("close", resolve);
  });
}

async function main() {
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.DATABASE_URL?.trim() ?? "";
  if (url) {
    try {
      parseDatabaseUrl(url);
    } catch (error) {
      if (error instanceof ConfigError) fail(error.message, 2);
      throw error;
    }
    say("using the database in DATABASE_URL");
  } else {
    mkdirSync(dataDir, { recursive: true });
    say(`no DATABASE_URL: starting the embedded database in ${dataDir.startsWith(root + path.sep) ? path.relative(root, dataDir) : dataDir}`);
    try {
      embedded = await startEmbeddedDatabase({ dataDir, port: embeddedPort });
    } catch (error) {
      fail(`the embedded database could not start: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`);
    }
    url = embedded.url;
    writeFileSync(runningEmbeddedFile(dataDir), JSON.stringify({ pid: process.pid, url }));
  }

  const stopEmbedded = async () => {
    if (embedded) {
      rmSync(runningEmbeddedFile(dataDir), { force: true });
      await embedded.stop().catch(() => {});
    }
    embedded = null;
  };

  try {
    await checkDatabase(url);
  } catch (error) {
    await stopEmbedded();
    if (error instanceof DatabaseUnreachableError) fail(`${error.message} Check DATABASE_URL, or unset it to use the embedded database.`);
    throw error;
  }

  const env = { ...process.env, DATABASE_URL: url, BETTER_AUTH_SECRET: ensureAuthSecret(root), NEXT_TELEMETRY_DISABLED: "1" };
  // Migrations, seed and build run once however many instances start together.
  await withSetupLock(url, () => say("another instance is setting up the database; waiting for it"), async () => {
    // In a process of its own, which prints its one-line error itself (scripts/setup-db.ts says why).
    if ((await run(process.execPath, ["--import", "tsx", path.join(root, "scripts", "setup-db.ts")], env)) !== 0) {
      await stopEmbedded();
      process.exit(1);
    }

    const fingerprintFile = path.join(root, ".next", "registry-build-fingerprint");
    const fingerprint = buildFingerprint();
    const built = existsSync(path.join(root, ".next", "BUILD_ID")) && existsSync(fingerprintFile) && readFileSync(fingerprintFile, "utf8") === fingerprint;
    if (!built) {
      say("building the app (first start, or the sources changed)");
      const code = await run(path.join(root, "node_modules", ".bin", "next"), ["build"], env);
      if (code !== 0) {
        await stopEmbedded();
        fail("the build failed (see above)");
      }
      writeFileSync(fingerprintFile, fingerprint);
    }
  });

  say(`serving on http://localhost:${port}`);
  // A capped V8 heap: left alone, next-server grows to ~480 MB under load
  // though the registry's working set is small; capped, it stays near 250 MB
  // (README, "Measured"). Semi-spaces of 8 MB, not 2: every request's garbage
  // is young, and with 2 MB the scavenger ran so often that distinct searches
  // went 111–123 a second against 129–142 with 8 MB (10,000 records), for
  // ~15–25 MB more RSS (README, "Every read cheap, even the first"). A
  // NODE_OPTIONS set by the user wins.
  const serverEnv = { ...env, NODE_OPTIONS: process.env.NODE_OPTIONS || "--max-old-space-size=192 --max-semi-space-size=8" };
  // `next start` with the front cache before it (scripts/serve.mjs), kept
  // running: a server that dies (out of memory, a crash, a kill) is started
  // again, after 0.5 s, then 1, 2, 4… up to 30 s while it keeps dying soon
  // after starting; the wait starts over once one has run a minute. Each
  // restart is logged with why. The embedded database lives in this process,
  // so it stays open across restarts. Only SIGINT/SIGTERM to npm start stops
  // it (README, "Run it in production" for systemd and containers).
  let stopping = false;
  let server: ReturnType<typeof spawn> | null = null;
  let failures = 0;
  const startServer = () => {
    const startedAt = Date.now();
    const child = spawn(process.execPath, [path.join(root, "scripts", "serve.mjs"), "-p", String(port)], { cwd: root, env: serverEnv, stdio: "inherit" });
    server = child;
    say(`server process ${child.pid} started`);
    child.on("exit", async (code, signal) => {
      // 78: the server could not take its port (scripts/serve.mjs); retrying would not help.
      if (stopping || code === 78) {
        await stopEmbedded();
        process.exit(code ?? 0);
      }
      failures = Date.now() - startedAt > 60_000 ? 1 : failures + 1;
      const wait = Math.min(30_000, 500 * 2 ** (failures - 1));
      say(`the server process ${child.pid} stopped (${signal ? `signal ${signal}` : `exit code ${code}`}); starting it again in ${wait / 1000} s`);
      setTimeout(() => {
        if (!stopping) startServer();
      }, wait);
    });
  };
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    if (server && server.exitCode === null && server.signalCode === null) server.kill(signal);
    else void stopEmbedded().then(() => process.exit(0));
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);
  startServer();
}

main().catch((error) => {
  fail(error instanceof Error ? error.message.split("\n")[0]! : String(error));
});
