// The frames of composed search pages (lib/search/compose-page.ts): searches
// that find their frame missing or expired at the same moment wait for one
// request to Next, not one each; a write (a cache tag expired) has the next
// search ask again. Next is stood in for by a server that answers a frame and
// counts the requests (what a composed page looks like beside Next's own
// render is held in tests/e2e/search-composed.spec.ts).
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { composeSearchPage } from "@/lib/search/compose-page";
import { RESULTS_SLOT, SEARCH_SLOT } from "@/lib/search/slot";
import { noteExpired } from "@/lib/server/local-expirations.mjs";
import { seeded } from "../helpers/db";

let server: Server;
const asked: string[] = [];

beforeAll(async () => {
  await seeded();
  server = createServer((req, res) => {
    asked.push(req.url ?? "");
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
});
