import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";

function start(databaseUrl: string) {
  const result = spawnSync("node", ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "0" },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { code: result.status, stderr: result.stderr.trim(), stdout: result.stdout };
}

describe("npm start with a bad database configuration", () => {
  it("refuses a DATABASE_URL that is not a PostgreSQL URL, in one line", () => {
    const { code, stderr } = start("mysql://root@localhost/db");
    expect(code).toBe(2);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain("DATABASE_URL must look like postgresql://");
  });

  it("names the unreachable host without its password, and shows no stack trace", async () => {
    const port = await freePort();
    const { code, stderr } = start(`postgresql://registry:s3cret-pass@127.0.0.1:${port}/registry`);
    expect(code).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toContain(`Cannot reach the database at 127.0.0.1:${port}/registry`);
    expect(stderr).not.toContain("s3cret-pass");
    expect(stderr).not.toMatch(/\bat .+:\d+:\d+\)?$/m);
  });
});
