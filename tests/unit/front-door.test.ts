// The front door (lib/server/front-door.mjs) in front of a real HTTP server
// whose handler stands in for Next's: which client address the app is told,
// the API's per-client limit, and HSTS.
import http from "node:http";
import net from "node:net";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { BODY_MAX_BYTES, CLIENT_HEADER, FrontDoor, HSTS, laneOf } from "@/lib/server/front-door.mjs";
import { FrontCache, MARK } from "@/lib/server/front-cache.mjs";

const servers: http.Server[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => new Promise((resolve) => s.close(resolve))));
});

// The app answers with the client address it was told; /shared/* is marked
// for the front cache; */slow waits until the test opens `gate`.
let gate: Promise<void> = Promise.resolve();
let atWork = 0;
// Holds the app's answers to "…slow" addresses until the returned function is called; counts requests at work from 0.
function closeGate(): () => void {
  let open = () => {};
  gate = new Promise<void>((resolve) => (open = resolve));
  atWork = 0;
  return open;
}
let door: FrontDoor;
async function serve(env: Record<string, string>): Promise<string> {
  door = new FrontDoor(env);
  const cache = new FrontCache();
  const app = async (req: http.IncomingMessage, res: http.ServerResponse) => {
    atWork++;
    if (req.url?.includes("slow")) await gate;
    if (req.url?.startsWith("/shared")) res.setHeader(MARK, "1");
    res.setHeader("content-type", "text/plain");
    res.end(String(req.headers[CLIENT_HEADER]));
  };
  // As scripts/serve.mjs does.
  const server = http.createServer(async (req, res) => {
    if (!(await door.admit(req, res))) return;
    await cache.serve(req, res, async (rq, rs) => {
      const admitted = await door.enterApp(rq, rs);
      if (!admitted) return;
      try {
        await app(admitted.request, rs);
      } finally {
        admitted.done();
      }
    });
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A GET of `path` exactly as written (fetch would resolve "..", as browsers do; crawlers and scripts need not). */
function rawGet(base: string, path: string): Promise<{ status: number; location?: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${base}/`, { path }, (res) => {
      res.resume();
      resolve({ status: res.statusCode!, location: res.headers.location, headers: res.headers });
    });
    request.on("error", reject);
  });
}

const clientSeen = async (base: string, headers: Record<string, string>) => (await fetch(`${base}/page`, { headers })).text();

describe("the client's address", () => {
  it("is the socket's peer when no proxy is trusted, whatever X-Forwarded-For or the client's own header say", async () => {
    const base = await serve({});
    expect(await clientSeen(base, {})).toBe("127.0.0.1");
    expect(await clientSeen(base, { "x-forwarded-for": "203.0.113.7" })).toBe("127.0.0.1");
    expect(await clientSeen(base, { [CLIENT_HEADER]: "203.0.113.8", "x-forwarded-for": "203.0.113.9, 10.0.0.1" })).toBe("127.0.0.1");
  });

  it("is read from X-Forwarded-For past trusted proxies only: the first address they did not add", async () => {
    const base = await serve({ TRUSTED_PROXIES: "127.0.0.1, 10.0.0.0/8" });
    expect(await clientSeen(base, {})).toBe("127.0.0.1");
    expect(await clientSeen(base, { "x-forwarded-for": "203.0.113.7" })).toBe("203.0.113.7");
    // The proxies appended 10.0.0.5; what the client wrote before that (198.51.100.1) is the client's word, not believed.
    expect(await clientSeen(base, { "x-forwarded-for": "198.51.100.1, 203.0.113.7, 10.0.0.5" })).toBe("203.0.113.7");
  });

  it("refuses a TRUSTED_PROXIES entry that is not an address or range", () => {
    expect(() => new FrontDoor({ TRUSTED_PROXIES: "proxy.example" })).toThrow();
  });
});

describe("the public API's rate limit", () => {
  it("answers 429 with Retry-After past the limit, per client, for the API only", async () => {
    const base = await serve({ API_RATE_LIMIT: "3", TRUSTED_PROXIES: "127.0.0.1" });
    const api = (client: string) => fetch(`${base}/api/v1/agreements`, { headers: { "x-forwarded-for": client } });
    for (let i = 0; i < 3; i++) expect((await api("203.0.113.1")).status).toBe(200);
    const refused = await api("203.0.113.1");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(refused.headers.get("access-control-allow-origin")).toBe("*");
    expect(await refused.json()).toMatchObject({ error: { code: "rate_limited", message: expect.stringContaining("Retry") } });
    // Another client, and the same client's pages, are not counted.
    expect((await api("203.0.113.2")).status).toBe(200);
    for (let i = 0; i < 5; i++) expect((await fetch(`${base}/en/agreements`, { headers: { "x-forwarded-for": "203.0.113.1" } })).status).toBe(200);
  });

  it("is off with API_RATE_LIMIT=0", async () => {
    const base = await serve({ API_RATE_LIMIT: "0" });
    const statuses = await Promise.all(Array.from({ length: 20 }, () => fetch(`${base}/api/v1/agreements`).then((r) => r.status)));
    expect(statuses).toEqual(Array(20).fill(200));
  });
});

describe("HSTS", () => {
  it("is sent, once, also on answers the front cache replays, when the public address is https", async () => {
    const base = await serve({ SITE_URL: "https://registry.example.go.th" });
    for (let i = 0; i < 2; i++) {
      const answer = await fetch(`${base}/shared/page`);
      expect(answer.headers.get("strict-transport-security")).toBe(HSTS);
    }
  });

  it("is not sent when the public address is plain http", async () => {
    const base = await serve({ SITE_URL: "http://localhost:3000" });
    expect((await fetch(`${base}/page`)).headers.get("strict-transport-security")).toBeNull();
  });
});

describe("admission under a burst", () => {
  it("past the places at work and the waiting line, answers 503 with Retry-After at once, in the reader's language; staff keep their own places", async () => {
    const open = closeGate();
    const base = await serve({ OVERLOAD_PUBLIC_CONCURRENCY: "2", OVERLOAD_WAIT_MS: "60000", TRUSTED_PROXIES: "127.0.0.1" });
    // 2 at work and 128 waiting, from 130 readers, fill the public lane; the next readers are refused.
    const held = Array.from({ length: 130 }, (_, i) => fetch(`${base}/th/slow-${i}`, { headers: { "x-forwarded-for": `198.51.100.${i}` } }));
    await expect.poll(() => [atWork, door.lanes.public.waiting.length]).toEqual([2, 128]);
    const refusedPage = await fetch(`${base}/th/agreements-slow`);
    expect(refusedPage.status).toBe(503);
    expect(Number(refusedPage.headers.get("retry-after"))).toBeGreaterThan(0);
    const page = await refusedPage.text();
    expect(page).toContain('<html lang="th">');
    expect(page).toContain("ขณะนี้ระบบทะเบียนมีผู้ใช้งานจำนวนมาก");
    expect((await fetch(`${base}/en/slow`)).status).toBe(503);
    const refusedApi = await fetch(`${base}/api/v1/agreements?slow`);
    expect(refusedApi.status).toBe(503);
    expect(await refusedApi.json()).toMatchObject({ error: { code: "busy" } });
    // An editor's save, a sign-in and the sign-in page still get in.
    expect((await fetch(`${base}/api/editor/agreements`, { method: "POST", body: "{}", headers: { cookie: "better-auth.session_token=x" } })).status).toBe(200);
    expect((await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", body: "{}" })).status).toBe(200);
    expect((await fetch(`${base}/en/sign-in`)).status).toBe(200);
    // Once the readers at work are answered, those waiting are served in turn.
    open();
    expect((await Promise.all(held)).map((r) => r.status)).toEqual(Array(130).fill(200));
    expect((await fetch(`${base}/th/after`)).status).toBe(200);
  });

  it("a reader waiting longer than the wait is refused, not kept", async () => {
    const open = closeGate();
    const base = await serve({ OVERLOAD_PUBLIC_CONCURRENCY: "1", OVERLOAD_WAIT_MS: "50" });
    const first = fetch(`${base}/en/slow`);
    await expect.poll(() => atWork).toBe(1);
    expect((await fetch(`${base}/en/waits`)).status).toBe(503);
    open();
    expect((await first).status).toBe(200);
  });
});

describe("the search lane", () => {
  it("takes list pages and the API's list asked with a query; the list without one, records and exports stay public", () => {
    const lane = (url: string, method = "GET") => laneOf({ url, method, headers: {} } as http.IncomingMessage);
    expect([lane("/th/agreements?q=ไปรษณีย์"), lane("/ja/agreements?status=ACTIVE&q=postal"), lane("/api/v1/agreements?q=postal&lang=en"), lane("/en/agreements?q=cyber", "HEAD")]).toEqual(Array(4).fill("search"));
    expect([lane("/en/agreements"), lane("/en/agreements?q="), lane("/en/agreements?q=%20"), lane("/en/agreements?page=2"), lane("/en/agreements/joint-statement-2015?q=x"), lane("/api/v1/agreements.csv?q=x"), lane("/en/timeline?q=x")]).toEqual(Array(7).fill("public"));
  });

  it("holds searches past its places while pages and the API's records go on in the public lane", async () => {
    const open = closeGate();
    const base = await serve({ OVERLOAD_SEARCH_CONCURRENCY: "2", OVERLOAD_WAIT_MS: "60000" });
    const searches = ["th", "en", "ja"].map((locale) => fetch(`${base}/${locale}/agreements?q=slow`));
    await expect.poll(() => [atWork, door.lanes.search.active, door.lanes.search.waiting.length]).toEqual([2, 2, 1]);
    // The public lane is untouched: a record page and an API record are answered meanwhile.
    expect((await fetch(`${base}/th/agreements/joint-statement-2015`)).status).toBe(200);
    expect((await fetch(`${base}/api/v1/agreements/joint-statement-2015`)).status).toBe(200);
    expect([door.lanes.public.active, atWork]).toEqual([0, 4]);
    open();
    expect((await Promise.all(searches)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect([door.lanes.search.active, door.lanes.search.waiting.length]).toEqual([0, 0]);
  });
});

describe("addresses that cannot be decoded", () => {
  it("answer 400 in the reader's language (the app would answer 500), JSON for the API", async () => {
    const base = await serve({});
    const page = await fetch(`${base}/th/agreements/%E0%B8`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("ไม่สามารถอ่านที่อยู่นี้ได้");
    expect((await fetch(`${base}/th/%25`)).status).toBe(400);
    const english = await fetch(`${base}/en/%ZZ`);
    expect([english.status, await english.text()]).toEqual([400, expect.stringContaining("This address cannot be read")]);
    const api = await fetch(`${base}/api/v1/agreements/%ED%A0%80`);
    expect(api.status).toBe(400);
    expect(await api.json()).toMatchObject({ error: { code: "bad_address" } });
    // A broken escape in the query is the app's to judge; a valid one in the path passes.
    expect((await fetch(`${base}/th/agreements?q=%E0%B8`)).status).toBe(200);
    expect((await fetch(`${base}/th/agreements/%E0%B8%81`)).status).toBe(200);
  });
});

describe("static files", () => {
  it("need no place: answered while every lane is full", async () => {
    const open = closeGate();
    const base = await serve({ OVERLOAD_PUBLIC_CONCURRENCY: "1", OVERLOAD_WAIT_MS: "60000" });
    const held = fetch(`${base}/en/slow`);
    await expect.poll(() => atWork).toBe(1);
    const file = await fetch(`${base}/_next/static/chunks/app.js`);
    expect([file.status, door.lanes.public.active]).toEqual([200, 1]);
    open();
    expect((await held).status).toBe(200);
  });
});

describe("one canonical path", () => {
  it("redirects another spelling of an address to its canonical form (308), keeping the query, with the security headers", async () => {
    const base = await serve({});
    for (const [asked, canonical] of [
      ["/en/%65ditor/agreements/9", "/en/editor/agreements/9"],
      ["/EN//editor", "/en/editor"],
      ["/en/x/../editor?tab=1", "/en/editor?tab=1"],
      ["/en/%2e%2e/th/editor/", "/th/editor"],
    ]) {
      const answer = await rawGet(base, asked!);
      expect([asked, answer.status, answer.location]).toEqual([asked, 308, canonical]);
      expect(answer.headers["x-frame-options"]).toBe("DENY");
      expect(answer.headers["cache-control"]).toBe("no-store");
    }
    expect((await fetch(`${base}/en/editor`, { redirect: "manual" })).status).toBe(200);
  });

  it("counts every spelling of an API path against the API limit", async () => {
    const base = await serve({ API_RATE_LIMIT: "3" });
    const spellings = ["/api/v1/agreements", "/api/x/../v1/agreements", "/api/%761/agreements", "//api/v1//agreements"];
    const statuses: number[] = [];
    for (const path of spellings) statuses.push((await rawGet(base, path)).status);
    expect(statuses).toEqual([200, 308, 308, 429]);
  });

  it("refuses a path whose decoded form holds a slash, a percent sign or a control character (400)", async () => {
    const base = await serve({});
    for (const path of ["/en%2Feditor", "/en/%2565ditor", "/en/a%00b", "/en/%5Ceditor"]) {
      const answer = await rawGet(base, path);
      expect([path, answer.status]).toEqual([path, 400]);
      expect(answer.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
  });
});

describe("forwarded headers and passwords in addresses", () => {
  it("takes X-Forwarded-Host and -Proto off unless the peer is a trusted proxy", async () => {
    let seen: http.IncomingHttpHeaders = {};
    door = new FrontDoor({});
    const server = http.createServer(async (req, res) => {
      if (!(await door.admit(req, res))) return;
      seen = req.headers;
      res.end();
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    await fetch(`${base}/en/feed.xml`, { headers: { "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript" } });
    expect([seen["x-forwarded-host"], seen["x-forwarded-proto"]]).toEqual([undefined, undefined]);
    door = new FrontDoor({ TRUSTED_PROXIES: "127.0.0.1" });
    await fetch(`${base}/en/feed.xml`, { headers: { "x-forwarded-host": "registry.example", "x-forwarded-proto": "https" } });
    expect([seen["x-forwarded-host"], seen["x-forwarded-proto"]]).toEqual(["registry.example", "https"]);
  });

  it("refuses an address whose query holds a password (a sign-in form sent by GET), in the reader's language", async () => {
    const base = await serve({});
    const page = await fetch(`${base}/th/sign-in?email=a%40b.example&password=secret`);
    expect(page.status).toBe(400);
    expect(await page.text()).toContain("ไม่ได้ส่งรหัสผ่านทางที่อยู่เว็บ");
    expect((await fetch(`${base}/api/auth/sign-in/email?PassWord=x`)).status).toBe(400);
    expect((await fetch(`${base}/en/agreements?q=password`)).status).toBe(200);
  });
});

describe("places in the app, whatever the clients do", () => {
  it("a burst whose clients leave while waiting and while at work gives every place back: the next readers are answered at once", async () => {
    const open = closeGate();
    const base = await serve({ OVERLOAD_PUBLIC_CONCURRENCY: "2", OVERLOAD_WAIT_MS: "60000", TRUSTED_PROXIES: "127.0.0.1" });
    const leaving = new AbortController();
    const burst = Array.from({ length: 40 }, (_, i) =>
      fetch(`${base}/en/slow-${i}`, { signal: leaving.signal, headers: { "x-forwarded-for": `198.51.100.${i}` } }).catch(() => "left"),
    );
    await expect.poll(() => [atWork, door.lanes.public.waiting.length]).toEqual([2, 38]);
    leaving.abort();
    expect(await Promise.all(burst)).toEqual(Array(40).fill("left"));
    // The 38 who left while waiting are out of the line and never started;
    // the 2 at work keep their places a while after their readers left (the
    // app goes on working for a reader who left: places are work, not clients).
    await expect.poll(() => door.lanes.public.waiting.length).toBe(0);
    expect(door.lanes.public.active).toBe(2);
    open();
    await expect.poll(() => door.lanes.public.active, { timeout: 10_000 }).toBe(0);
    expect(atWork).toBe(2);
    const after = await Promise.all(Array.from({ length: 4 }, (_, i) => fetch(`${base}/en/after-${i}`).then((r) => r.status)));
    expect(after).toEqual([200, 200, 200, 200]);
    expect(door.lanes.public.active).toBe(0);
  });

  it("a body that trickles in holds no place: 72 slow bodies from one address, and a signed-in save and a sign-in from the same address still get in", async () => {
    atWork = 0;
    const base = await serve({});
    const { port } = new URL(base);
    const sockets = Array.from({ length: 72 }, () => {
      const socket = net.connect(Number(port), "127.0.0.1");
      socket.on("error", () => {});
      socket.write("POST /api/auth/sign-out HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{");
      return socket;
    });
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect([door.lanes.staff.active, door.lanes.anonymous.active]).toEqual([0, 0]);
      const save = await fetch(`${base}/api/editor/agreements`, { method: "POST", body: "{}", headers: { cookie: "better-auth.session_token=x" } });
      expect(save.status).toBe(200);
      expect((await fetch(`${base}/api/auth/sign-in/email`, { method: "POST", body: "{}" })).status).toBe(200);
      // The 72 are still arriving, holding connections and no place.
      expect([door.lanes.staff.active, door.lanes.anonymous.active, door.bodyBytes]).toEqual([0, 0, 72]);
    } finally {
      for (const socket of sockets) socket.destroy();
    }
  });

  it("refuses a body larger than the largest the app takes (413), before reading it", async () => {
    const base = await serve({});
    const answer = await fetch(`${base}/api/editor/sources/x/archive`, { method: "POST", headers: { "content-length": String(BODY_MAX_BYTES + 1), cookie: "better-auth.session_token=x" }, body: "x".repeat(BODY_MAX_BYTES + 1) }).catch((e) => e);
    expect(answer instanceof Response ? answer.status : 413).toBe(413);
  });
});
