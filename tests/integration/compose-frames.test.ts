// The frames of composed search pages (lib/search/compose-page.ts): searches
// that find their frame missing or expired at the same moment wait for one
// request to Next, not one each; a write (a cache tag expired) has the next
// search ask again. Next is stood in for by a server that answers a frame and
// counts the requests (what a composed page looks like beside Next's own
// render is held in tests/e2e/search-composed.spec.ts).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { composeSearchPage, KEEP_WARM_MS, keepsWarm, REFRESH_AHEAD_MS } from "@/lib/search/compose-page";
import { RESULTS_SLOT, SEARCH_SLOT } from "@/lib/search/slot";
import { TTL_MS } from "@/lib/server/front-cache.mjs";
import { noteExpired } from "@/lib/server/local-expirations.mjs";
import { seeded } from "../helpers/db";

let server: Server;
const asked: string[] = [];
/** While set, the stand-in for Next holds its answers until it settles. */
let gate: Promise<void> | null = null;

beforeAll(async () => {
  await seeded();
  server = createServer(async (req, res) => {
    asked.push(req.url ?? "");
    await gate;
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    res.end(`<!DOCTYPE html><html><body><input name="q" value="${SEARCH_SLOT}"><main>${RESULTS_SLOT}</main></body></html>`);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  process.env.__NEXT_PRIVATE_ORIGIN = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

afterEach(() => {
  vi.useRealTimers();
  gate = null;
});

describe("frames of composed search pages", () => {
  it("asks Next once for the frame that searches arriving together need, and again after a write", async () => {
    // The clock stands still (a frame is held for TTL_MS): only writes end a held frame here.
    vi.useFakeTimers({ toFake: ["Date"] });
    // A write first: no frame held from before.
    noteExpired(["agreements"], Date.now());
    const queries = ["postal", "cyber", "digital", "ไปรษณีย์", "satellite", "Takaichi", "MIC", "2017"];
    const pages = await Promise.all(queries.map((q) => composeSearchPage(`/en/agreements?q=${encodeURIComponent(q)}`)));
    expect(asked.filter((url) => url.startsWith("/en/agreements"))).toEqual([`/en/agreements?q=${SEARCH_SLOT}`]);
    for (const [n, page] of pages.entries()) {
      expect(page, queries[n]).toContain(`value="${queries[n]}"`);
      expect(page, queries[n]).toContain('data-testid="result-count"');
      expect(page, queries[n]).not.toContain(RESULTS_SLOT);
    }
    // Held: the next search asks nothing.
    await composeSearchPage("/en/agreements?q=broadband");
    expect(asked).toHaveLength(1);

    noteExpired(["agreements"], Date.now());
    await Promise.all(["postal", "cyber"].map((q) => composeSearchPage(`/en/agreements?q=${q}`)));
    expect(asked).toHaveLength(2);
  });

  it("asks Next for a frame again before it expires, while the held one still serves: no search waits for it", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    noteExpired(["agreements"], Date.now());
    await composeSearchPage("/ja/agreements?q=postal");
    // Frames of other languages may be fetched ahead by their timers meanwhile: only this one's requests count.
    const ja = () => asked.filter((url) => url.startsWith("/ja/"));
    const before = ja().length;
    const storedAt = Date.now();
    // Next takes its time over the frame asked ahead; this search is answered from the held frame meanwhile.
    let release!: () => void;
    gate = new Promise<void>((resolve) => (release = resolve));
    vi.setSystemTime(storedAt + REFRESH_AHEAD_MS + 10);
    const page = await composeSearchPage("/ja/agreements?q=cyber");
    expect(page).toContain('value="cyber"');
    await vi.waitFor(() => expect(ja()).toHaveLength(before + 1), { timeout: 3 * TTL_MS });
    expect(ja().at(-1)).toBe(`/ja/agreements?q=${SEARCH_SLOT}`);
    release();
    gate = null;
    // Past the first frame's TTL_MS: the one fetched ahead serves, and Next is not asked again.
    vi.setSystemTime(storedAt + TTL_MS + 10);
    expect(await composeSearchPage("/ja/agreements?q=satellite")).toContain('value="satellite"');
    expect(ja()).toHaveLength(before + 1);
  });

  it("keeps a frame used lately fetched ahead with no search arriving, so the search that ends a pause does not wait", async () => {
    const th = () => asked.filter((url) => url.startsWith("/th/"));
    noteExpired(["agreements"], Date.now());
    await composeSearchPage("/th/agreements?q=postal");
    const before = th().length;
    // No search comes: the timer asks Next again before the frame expires.
    await vi.waitFor(() => expect(th().length).toBeGreaterThan(before), { timeout: 3 * TTL_MS });
    expect(th().at(-1)).toBe(`/th/agreements?q=${SEARCH_SLOT}`);
  });

  it("fetches ahead only frames used within KEEP_WARM_MS, of this generation and day, not fetched again since", () => {
    const now = 1_000_000;
    const frame = { usedAt: now - 1000, storedAt: now - REFRESH_AHEAD_MS, generation: 3, day: "2026-12-07" };
    expect(keepsWarm(frame, now, 3, "2026-12-07")).toBe(true);
    expect(keepsWarm({ ...frame, usedAt: now - KEEP_WARM_MS }, now, 3, "2026-12-07")).toBe(false);
    expect(keepsWarm({ ...frame, storedAt: now - 100 }, now, 3, "2026-12-07")).toBe(false);
    expect(keepsWarm(frame, now, 4, "2026-12-07")).toBe(false);
    expect(keepsWarm(frame, now, 3, "2026-12-08")).toBe(false);
  });
});
