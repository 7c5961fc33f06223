// The front cache (lib/server/front-cache.mjs) in front of a real HTTP server
// whose handler stands in for Next's: what it keeps, for whom, and when it
// lets go.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { bumpCacheGeneration, FrontCache, MARK, TTL_MS } from "@/lib/server/front-cache.mjs";

let now = 0;
let calls = 0;
const cache = new FrontCache({ now: () => now });
let base = "";
let server: http.Server;

// The app behind the cache: /shared/* is marked, the rest is not; the body
// says how many times the app was asked.
// /shared/slow answers once the test opens `gate`.
let gate: Promise<void> = Promise.resolve();
async function app(req: http.IncomingMessage, res: http.ServerResponse) {
  calls++;
  const url = req.url ?? "";
  if (url.startsWith("/shared/slow")) await gate;
  if (url.startsWith("/shared")) res.setHeader(MARK, "1");
  if (url.includes("cookie=session")) res.setHeader("set-cookie", "session=abc; HttpOnly");
  if (url.includes("cookie=locale")) res.setHeader("set-cookie", "NEXT_LOCALE=en; Path=/");
  res.setHeader("etag", '"v1"');
  res.setHeader("x-nextjs-cache", "MISS");
  res.setHeader("content-type", "text/plain; charset=utf-8");
  res.statusCode = url.includes("missing") ? 404 : 200;
  res.write(`answer ${calls} `);
  res.end(`for ${url}`);
}

beforeAll(async () => {
  server = http.createServer((req, res) => cache.serve(req, res, app));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  now += 10 * TTL_MS;
  calls = 0;
});

const get = (path: string, headers: Record<string, string> = {}, method = "GET") => fetch(base + path, { headers, method });

describe("the front cache", () => {
  it("keeps a marked answer: the second reader gets it without asking the app, with the mark taken off", async () => {
    const first = await get("/shared/a");
    const second = await get("/shared/a");
    expect(await first.text()).toBe("answer 1 for /shared/a");
    expect(await second.text()).toBe("answer 1 for /shared/a");
    expect(calls).toBe(1);
    expect(first.headers.get(MARK)).toBeNull();
    expect(second.headers.get(MARK)).toBeNull();
    expect(second.headers.get("etag")).toBe('"v1"');
    expect(second.headers.get("x-nextjs-cache")).toBe("HIT");
    expect(second.headers.get("content-type")).toBe("text/plain; charset=utf-8");
  });

  it("lets go after a cache tag expires in this process, and after its lifetime", async () => {
    await get("/shared/b");
    bumpCacheGeneration();
    expect(await (await get("/shared/b")).text()).toBe("answer 2 for /shared/b");
    now += TTL_MS - 1;
    expect(await (await get("/shared/b")).text()).toBe("answer 2 for /shared/b");
    now += 1;
    expect(await (await get("/shared/b")).text()).toBe("answer 3 for /shared/b");
  });

  it("never keeps an unmarked answer, an error, a session cookie, or what an RSC or conditional request got", async () => {
    for (const [path, headers] of [
      ["/private", {}],
      ["/shared/missing", {}],
      ["/shared/c?cookie=session", {}],
      ["/shared/d", { rsc: "1" }],
      ["/shared/e?_rsc=x", {}],
      ["/shared/f", { "if-none-match": '"other"' }],
    ] as Array<[string, Record<string, string>]>) {
      calls = 0;
      await (await get(path, headers)).text();
      await (await get(path, headers)).text();
      expect(calls, path).toBe(2);
    }
  });

  it("keeps apart answers that may differ: compression, host (a trusted proxy's forwarded host)", async () => {
    await get("/shared/g", { "accept-encoding": "gzip" });
    await get("/shared/g", { "accept-encoding": "identity" });
    await get("/shared/g", { "x-forwarded-host": "other.example" });
    expect(calls).toBe(3);
    // A reader's cookies do not change a public answer.
    await get("/shared/g", { "accept-encoding": "gzip", cookie: "NEXT_LOCALE=th" });
    expect(calls).toBe(3);
  });

  it("keeps no answer that sets a cookie, the locale cookie included: a shared answer sets none", async () => {
    await get("/shared/h?cookie=locale");
    const again = await get("/shared/h?cookie=locale");
    expect(calls).toBe(2);
    expect(again.headers.get("set-cookie")).toBe("NEXT_LOCALE=en; Path=/");
  });

  it("neither keeps nor serves an answer to a request with a staff session cookie, whatever the app marked", async () => {
    const session = { cookie: "better-auth.session_token=abc.def" };
    await (await get("/shared/staff", session)).text();
    await (await get("/shared/staff")).text();
    expect(calls).toBe(2);
    await (await get("/shared/staff", session)).text();
    expect(calls).toBe(3);
  });

  it("asks the app once for requests that arrive while the first is being answered", async () => {
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    let arrived = 0;
    const allArrived = new Promise<void>((resolve) => {
      const count = () => {
        if (++arrived === 5) {
          server.off("request", count);
          resolve();
        }
      };
      server.on("request", count);
    });
    const answers = Array.from({ length: 5 }, () => get("/shared/slow").then((r) => r.text()));
    await allArrived;
    open();
    expect(await Promise.all(answers)).toEqual(Array(5).fill("answer 1 for /shared/slow"));
    expect(calls).toBe(1);
  });

  it("answers a matching If-None-Match with 304, and HEAD with the headers alone", async () => {
    await get("/shared/i");
    const notModified = await get("/shared/i", { "if-none-match": '"v1"' });
    expect(notModified.status).toBe(304);
    expect(await notModified.text()).toBe("");
    const head = await get("/shared/i", {}, "HEAD");
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe(String(Buffer.byteLength("answer 1 for /shared/i")));
    expect(calls).toBe(1);
  });
});
