import { describe, expect, it } from "vitest";
import { databaseKnownDown, isDatabaseReachable } from "@/lib/db/health";
import { freePort, startEmbeddedDatabase } from "@/lib/db/embedded";

describe("isDatabaseReachable", () => {
  it("reports an outage, caches the answer briefly, and sees the database come back", async () => {
    const port = await freePort();
    const url = `postgresql://postgres@127.0.0.1:${port}/postgres`;
    let clock = 1_000_000;
    const now = () => clock;

    expect(await isDatabaseReachable(url, now)).toBe(false);
    // Cached reads ask this without probing: down for as long as the answer stands.
    expect(databaseKnownDown(now)).toBe(true);
    expect(databaseKnownDown(() => clock + 2_000)).toBe(false);

    const db = await startEmbeddedDatabase({ port });
    try {
      // Within the cache's two seconds the earlier answer stands…
      clock += 1_000;
      expect(await isDatabaseReachable(url, now)).toBe(false);
      // …after them, the next request sees the database again.
      clock += 2_000;
      expect(await isDatabaseReachable(url, now)).toBe(true);
      expect(databaseKnownDown(now)).toBe(false);
    } finally {
      await db.stop();
    }
    clock += 2_001;
    expect(await isDatabaseReachable(url, now)).toBe(false);
  });
});
