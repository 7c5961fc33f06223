// What the system tests share: the real `npm start` (scripts/start.ts) in its
// own process group, and sign-in through the real endpoint. Databases and
// staff accounts come from tests/setup/databases.ts, as for every suite.
import { spawn, type ChildProcess } from "node:child_process";
import { queryOnce } from "@/lib/db/query";
import { freePort } from "@/lib/db/embedded";

/** Runs one query on `url` and returns its rows. */
export const query = queryOnce;

export interface RunningApp {
  origin: string;
  child: ChildProcess;
  /** Everything the process printed so far. */
  output: () => string;
  /** SIGTERM to the process group; resolves once it has exited. */
  stop: () => Promise<void>;
}

/**
 * Starts the app as `npm start` does, with `env` on top of this process's,
 * and waits (up to four minutes: the first start may build) until `ready`
 * answers 200.
 */
export async function startApp(env: Record<string, string>, ready = "/api/v1/agreements?limit=1"): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn("node", ["--import", "tsx", "scripts/start.ts"], { env: { ...process.env, ...env, PORT: String(port) }, detached: true });
  let output = "";
  child.stdout?.on("data", (d) => (output += d));
  child.stderr?.on("data", (d) => (output += d));
  const origin = `http://127.0.0.1:${port}`;
  const app: RunningApp = {
    origin,
    child,
    output: () => output,
    stop: async () => {
      if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      try {
        process.kill(-child.pid, "SIGTERM");
      } catch {
        return; // already gone
      }
      await exited;
    },
  };
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`npm start exited with ${child.exitCode}:\n${output}`);
    if (await fetch(origin + ready).then((r) => (r.body?.cancel(), r.ok), () => false)) return app;
    await new Promise((r) => setTimeout(r, 250));
  }
  await app.stop();
  throw new Error(`npm start did not serve in time:\n${output}`);
}

/** Signs in through the app's endpoint; returns the cookie header to send with later requests. */
export async function signIn(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/sign-in/email`, {
    method: "POST",
    headers: { "content-type": "application/json", origin },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`sign-in as ${email} answered ${response.status}`);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}
