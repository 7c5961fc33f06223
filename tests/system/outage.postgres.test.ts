// A database outage, for real: `npm start` reaches PostgreSQL through a TCP
// relay that the test cuts (every open connection dropped, new ones refused)
// and then restores. While it is cut, public pages and API answers that were
// cached before keep being served with their usual headers; anything not
// cached, and every staff page, answers the localized 503; when the database
// is back, everything recovers without a restart.
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";
import en from "@/messages/en.json";
import th from "@/messages/th.json";
import { ADMIN_URL, throwawayDatabase, type ThrowawayDatabase } from "../setup/databases";
import { startApp, type RunningApp } from "./app";

const target = new URL(ADMIN_URL);
let database: ThrowawayDatabase;
let app: RunningApp | undefined;
let origin = "";

/** A TCP relay to PostgreSQL that can be cut and restored on the same port. */
class Relay {
  private server: net.Server | null = null;
  private sockets = new Set<net.Socket>();
  constructor(readonly port: number) {}

  async open() {
    const server = net.createServer((client) => {
      const upstream = net.connect(Number(target.port || 5432), target.hostname);
      for (const s of [client, upstream]) {
        this.sockets.add(s);
        s.on("error", () => {});
        s.on("close", () => this.sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => server.listen(this.port, "127.0.0.1", resolve));
    this.server = server;
  }

  async cut() {
    if (!this.server) return;
    const server = this.server;
    const closed = new Promise((resolve) => server.close(resolve));
    for (const s of this.sockets) s.destroy();
    await closed;
    this.server = null;
  }
}

let relay: Relay;

/** Polls `path` until its status is `status` (or the deadline passes); returns the last answer's status. */
async function until(path: string, status: number, ms = 15_000): Promise<number> {
  const deadline = Date.now() + ms;
  let last = 0;
  while (Date.now() < deadline) {
    last = await fetch(origin + path).then((r) => (r.body?.cancel(), r.status), () => 0);
    if (last === status) return last;
    await new Promise((r) => setTimeout(r, 200));
  }
  return last;
}

beforeAll(async () => {
  relay = new Relay(await freePort());
  await relay.open();
  database = await throwawayDatabase("outage", { migrate: false, port: relay.port });
  app = await startApp({ DATABASE_URL: database.url });
  origin = app.origin;
});

afterAll(async () => {
  await app?.stop();
  await relay?.cut().catch(() => {});
  await database?.drop();
});

const SLUG = "moc-postal-services";
// Read before the outage, so they are in the cache; each shows the postal MoC.
const CACHED = [`/en/agreements/${SLUG}`, `/th/agreements/${SLUG}`, "/en", "/th/agreements", "/en/agreements?sort=title", `/api/v1/agreements/${SLUG}`, "/api/v1/agreements", "/en/feed.xml", "/sitemap.xml"];

describe("while the database is down", () => {
  it("serves what is cached as it was, answers the localized 503 for the rest, and recovers when the database is back", async () => {
    const before = new Map<string, { type: string | null; cacheControl: string | null }>();
    for (const path of CACHED) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain(SLUG);
      before.set(path, { type: response.headers.get("content-type"), cacheControl: response.headers.get("cache-control") });
    }

    await relay.cut();
    // The proxy re-checks the database at most every two seconds: wait until
    // a page that was never read answers the outage's 503.
    expect(await until("/en/timeline", 503)).toBe(503);

    for (const path of CACHED) {
      const response = await fetch(origin + path);
      expect(response.status, `${path} during the outage`).toBe(200);
      expect(await response.text(), path).toContain(SLUG);
      expect({ type: response.headers.get("content-type"), cacheControl: response.headers.get("cache-control") }, path).toEqual(before.get(path));
    }

    // Not cached: the 503 page in the page's language.
    for (const [path, heading] of [
      ["/th/organizations/mic", th.Unavailable.heading],
      ["/en/scope-areas/cybersecurity", en.Unavailable.heading],
      ["/en/agreements?status=expired", en.Unavailable.heading],
    ] as const) {
      const response = await fetch(origin + path);
      expect(response.status, path).toBe(503);
      expect(response.headers.get("retry-after"), path).toBe("30");
      expect(await response.text(), path).toContain(heading);
    }
    // Staff pages are never served from a cache.
    for (const path of ["/en/editor", "/th/sign-in"]) expect((await fetch(origin + path, { redirect: "manual" })).status, path).toBe(503);
    // The API's own 503 for what it does not hold.
    const api = await fetch(`${origin}/api/v1/agreements?q=postal`);
    expect(api.status).toBe(503);
    expect((await api.json()).error.code).toBe("database_unavailable");

    await relay.open();
    expect(await until("/en/timeline", 200)).toBe(200);
    expect((await fetch(`${origin}/th/organizations/mic`)).status).toBe(200);
    expect((await fetch(`${origin}/api/v1/agreements?q=postal`)).status).toBe(200);
    expect(app!.output()).not.toMatch(/unhandled|FATAL/i);
  });
});
