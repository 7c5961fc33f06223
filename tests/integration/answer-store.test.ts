// The shared store of whole public answers (lib/server/answer-store.mjs) on
// the test's PostgreSQL, behind the front cache (lib/server/front-cache.mjs)
// of two "instances" — two front caches with their own memory and their own
// store connections, as two `npm start` would have — in front of a real HTTP
// server whose handler stands in for Next's and counts its renders.
import http from "node:http";
import type { AddressInfo } from "node:net";
import zlib from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { LISTS, recordTag } from "@/lib/cache/tags.mjs";
import { AnswerStore, bangkokDay, LEARNING_LAG_MS, nextDay, storeKeyOf } from "@/lib/server/answer-store.mjs";
import { LOCK, MidnightPass } from "@/lib/server/midnight-pass.mjs";
import { VALID_UNTIL_HEADER } from "@/lib/server/shared-mark.mjs";
import { bumpCacheGeneration, FrontCache, FROM_HEADER, MARK } from "@/lib/server/front-cache.mjs";
import { REFRESH_HEADER, refreshToken } from "@/lib/server/refresh.mjs";
import { queryOnce } from "@/lib/db/query";

const url = process.env.DATABASE_URL!;
let now = Date.now();
const clock = () => now;
let renders = 0;

/** `days` days after the Bangkok day of the clock. */
const dayAfter = (days: number) => Array.from({ length: days }).reduce<string>((day) => nextDay(day), bangkokDay(now));

// The app: pages under /en/ and /api/v1/ are marked shared; the body says
// which render made it. Answers are gzipped when the reader accepts it, as Next does.
// A path ending in -valid-N says it stays true N days (as a record's page
// whose status changes then does); -valid-never, for ever.
async function app(req: http.IncomingMessage, res: http.ServerResponse) {
  renders++;
  const path = req.url ?? "";
  res.setHeader(MARK, "1");
  const valid = /-valid-(\d+|never)$/.exec(path)?.[1];
  if (valid) res.setHeader(VALID_UNTIL_HEADER, valid === "never" ? "never" : dayAfter(Number(valid)));
  res.setHeader("etag", `"r${renders}"`);
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.setHeader("vary", "Accept-Encoding");
  const body = Buffer.from(`render ${renders} of ${path} — ทดสอบ`);
  if (String(req.headers["accept-encoding"] ?? "").includes("gzip")) {
    res.setHeader("content-encoding", "gzip");
    res.end(zlib.gzipSync(body));
  } else res.end(body);
}

interface Instance {
  store: AnswerStore;
  front: FrontCache;
  server: http.Server;
  base: string;
}
const instances: Instance[] = [];

async function instance(): Promise<Instance> {
  const store = new AnswerStore({ url, now: clock });
  const front = new FrontCache({ store, now: clock });
  const server = http.createServer((req, res) => front.serve(req, res, app));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const made = { store, front, server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  instances.push(made);
  return made;
}

/** Waits until the store has finished the saves it started (they never hold up an answer). */
async function settled(store: AnswerStore) {
  while ((store as unknown as { pendingSaves: number }).pendingSaves > 0) await new Promise((r) => setImmediate(r));
}

async function get(base: string, path: string, headers: Record<string, string> = {}) {
  const response = await fetch(base + path, { headers });
  return { status: response.status, from: response.headers.get(FROM_HEADER), etag: response.headers.get("etag"), validUntil: response.headers.get(VALID_UNTIL_HEADER), text: await response.text() };
}

const expire = (tag: string, at: number) =>
  queryOnce(url, `INSERT INTO "CacheTagExpiration" ("tag", "expiredAt") VALUES ($1, $2) ON CONFLICT ("tag") DO UPDATE SET "expiredAt" = EXCLUDED."expiredAt"`, [tag, at]);

let one: Instance;
let two: Instance;

beforeAll(async () => {
  one = await instance();
  two = await instance();
});
afterAll(async () => {
  for (const { server, store } of instances) {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  }
});
beforeEach(async () => {
  await queryOnce(url, `DELETE FROM "StoredAnswer"`);
  await queryOnce(url, `DELETE FROM "CacheTagExpiration" WHERE "tag" LIKE 'public:%'`);
  // Past the learning lag of any expiration a test made before.
  now = Date.now() + 10 * LEARNING_LAG_MS;
  // Each test starts with empty memories: what is served comes from the store.
  bumpCacheGeneration();
});

describe("the shared answer store", () => {
  it("keys an answer by its path and query, and keeps no search and no file of Next's", () => {
    expect(storeKeyOf("/en/agreements/moc-2017")).toBe("/en/agreements/moc-2017");
    expect(storeKeyOf("/en/agreements?page=3")).toBe("/en/agreements?page=3");
    expect(storeKeyOf("/api/v1/agreements?q=postal")).toBeNull();
    expect(storeKeyOf("/en/agreements?status=in-effect&q=%E0%B8%81")).toBeNull();
    expect(storeKeyOf("/_next/static/chunks/a.js")).toBeNull();
  });

  it("serves what one instance rendered from the other, and after a restart, without rendering it again", async () => {
    const first = await get(one.base, "/en/agreements/moc-a", { "accept-encoding": "gzip" });
    expect(first.from).toBeNull();
    await settled(one.store);
    const before = renders;
    // The other instance: its memory has never seen the page.
    const other = await get(two.base, "/en/agreements/moc-a", { "accept-encoding": "gzip" });
    expect(other).toMatchObject({ status: 200, from: "store", etag: first.etag, text: first.text });
    // A reader that does not accept gzip gets the same text, unpacked.
    const plain = await get(two.base, "/en/agreements/moc-a", { "accept-encoding": "identity" });
    expect(plain).toMatchObject({ from: "store", text: first.text });
    // A restarted instance: new memory, new connections, the same database.
    const restarted = await instance();
    const again = await get(restarted.base, "/en/agreements/moc-a", { "accept-encoding": "identity" });
    expect(again).toMatchObject({ from: "store", text: first.text });
    expect(renders).toBe(before);
    // Another build (a deploy) has other script files: it renders its own.
    const deployed = new AnswerStore({ url, now: clock, build: "next-build" });
    try {
      expect(await deployed.lookup("/en/agreements/moc-a", true)).toBeNull();
      expect(await new AnswerStore({ url, now: clock }).lookup("/en/agreements/moc-a", true)).not.toBeNull();
    } finally {
      await deployed.close();
    }
    // A conditional request is answered from the stored ETag.
    const conditional = await fetch(restarted.base + "/en/agreements/moc-a", { headers: { "if-none-match": first.etag! } });
    expect(conditional.status).toBe(304);
    expect(renders).toBe(before);
  });

  it("lets an answer go when one of its tags expires, and only that answer", async () => {
    await get(one.base, "/en/agreements/moc-a");
    await get(one.base, "/api/v1/agreements/moc-b");
    await get(one.base, "/en/agreements?page=2");
    await settled(one.store);
    const rows = await queryOnce<{ key: string; tags: string[] }>(url, `SELECT "key", "tags" FROM "StoredAnswer" ORDER BY "key"`);
    expect(rows).toEqual([
      { key: "/api/v1/agreements/moc-b", tags: [recordTag("moc-b")] },
      { key: "/en/agreements/moc-a", tags: [recordTag("moc-a")] },
      { key: "/en/agreements?page=2", tags: [LISTS] },
    ]);
    // A save of moc-a (on any instance) expires its tag and the lists'.
    now += 1000;
    await expire(recordTag("moc-a"), now);
    await expire(LISTS, now);
    bumpCacheGeneration();
    now += 10 * LEARNING_LAG_MS;
    const before = renders;
    expect((await get(two.base, "/en/agreements/moc-a")).from).toBeNull();
    expect((await get(two.base, "/en/agreements?page=2")).from).toBeNull();
    expect((await get(two.base, "/api/v1/agreements/moc-b")).from).toBe("store");
    expect(renders - before).toBe(2);
  });

  it("does not store an answer rendered within the learning lag of an expiration of its tags", async () => {
    // An instance that learns of an expiration a moment late may still render from what it held before.
    await expire(recordTag("moc-c"), now - LEARNING_LAG_MS / 2);
    await get(one.base, "/en/agreements/moc-c");
    await settled(one.store);
    expect(await queryOnce(url, `SELECT 1 FROM "StoredAnswer" WHERE "key" = '/en/agreements/moc-c'`)).toHaveLength(0);
    // Once past the lag, it is stored.
    now += 2 * LEARNING_LAG_MS;
    bumpCacheGeneration();
    await get(one.base, "/en/agreements/moc-c");
    await settled(one.store);
    expect(await queryOnce(url, `SELECT 1 FROM "StoredAnswer" WHERE "key" = '/en/agreements/moc-c'`)).toHaveLength(1);
  });

  it("serves an answer only on the Bangkok day it was rendered for, and lets earlier days go", async () => {
    await get(one.base, "/th/agreements/moc-d");
    await settled(one.store);
    expect((await get(two.base, "/th/agreements/moc-d")).from).toBe("store");
    const tomorrow = now + 86_400_000;
    expect(bangkokDay(tomorrow)).not.toBe(bangkokDay(now));
    now = tomorrow;
    bumpCacheGeneration();
    const before = renders;
    expect((await get(two.base, "/th/agreements/moc-d")).from).toBeNull();
    expect(renders - before).toBe(1);
    // Storing the new day's answer (an hour past the last pruning) deletes yesterday's entries.
    await get(two.base, "/th/agreements/moc-e");
    await settled(two.store);
    const days = await queryOnce<{ day: string }>(url, `SELECT DISTINCT "day" FROM "StoredAnswer"`);
    expect(days.map((d) => d.day)).toEqual([bangkokDay(now)]);
  });

  it("keeps a record's answer until the day the app says it may change, or for ever", async () => {
    // The app's word on validity is for the store: no reader sees it, fresh, from memory or from the store.
    const fresh = [await get(one.base, "/en/agreements/moc-valid-3"), await get(one.base, "/api/v1/agreements/moc-valid-never")];
    expect(fresh.map((r) => [r.from, r.validUntil])).toEqual([[null, null], [null, null]]);
    expect(await get(one.base, "/en/agreements/moc-valid-3")).toMatchObject({ from: "memory", validUntil: null });
    await settled(one.store);
    const rows = await queryOnce<{ key: string; day: string; until: string | null }>(url, `SELECT "key", "day", "until" FROM "StoredAnswer" ORDER BY "key"`);
    expect(rows).toEqual([
      { key: "/api/v1/agreements/moc-valid-never", day: bangkokDay(now), until: null },
      { key: "/en/agreements/moc-valid-3", day: bangkokDay(now), until: dayAfter(3) },
    ]);
    const start = now;
    const before = renders;
    // The next two days: from the store, on either instance.
    for (const days of [1, 2]) {
      now = start + days * 86_400_000;
      bumpCacheGeneration();
      expect(await get(two.base, "/en/agreements/moc-valid-3")).toMatchObject({ from: "store", validUntil: null });
    }
    expect(renders).toBe(before);
    // The third day it may have changed: rendered again.
    now = start + 3 * 86_400_000;
    bumpCacheGeneration();
    expect((await get(two.base, "/en/agreements/moc-valid-3")).from).toBeNull();
    expect(renders - before).toBe(1);
    // Weeks on, the answer that never changes is still served (and not pruned by the new day's save: it was read within 30 days).
    now = start + 25 * 86_400_000;
    bumpCacheGeneration();
    await get(two.base, "/en/agreements/moc-other");
    await settled(two.store);
    expect((await get(one.base, "/api/v1/agreements/moc-valid-never")).from).toBe("store");
  });

  it("renders at midnight, on one instance, the stored answers that stop being true that day", async () => {
    await get(one.base, "/en/agreements/moc-valid-1");
    await get(one.base, "/th/agreements/moc-valid-5");
    await get(one.base, "/en/agreements?page=4");
    await settled(one.store);
    // Just after the next Bangkok midnight.
    now += 86_400_000;
    bumpCacheGeneration();
    expect(new Set(await one.store.endingOn(bangkokDay(now)))).toEqual(new Set(["/en/agreements/moc-valid-1", "/en/agreements?page=4"]));
    const lines: string[] = [];
    const pass = new MidnightPass({ store: two.store, self: two.base, now: clock, log: (line) => lines.push(line) });
    // While another instance runs the pass, this one leaves it to that one. (On PostgreSQL: the embedded
    // database serves every connection from one session, in which an advisory lock is taken again; it runs one instance.)
    if (process.env.TEST_DB_KIND === "postgres") expect(await one.store.exclusively(LOCK, () => pass.run())).toBe(0);
    const before = renders;
    expect(await pass.run()).toBe(2);
    await settled(two.store);
    expect(renders - before).toBe(2);
    expect(lines).toEqual([`[registry] midnight: 2 of 2 stored answers that changed on ${bangkokDay(now)} rendered again`]);
    // The day's first readers, on the other instance: all from the store, nothing rendered.
    for (const path of ["/en/agreements/moc-valid-1", "/en/agreements?page=4", "/th/agreements/moc-valid-5"]) expect((await get(one.base, path)).from).toBe("store");
    expect(renders - before).toBe(2);
    // Rendered today, they stop being true on another day: the next pass has nothing left of them today.
    expect(await one.store.endingOn(bangkokDay(now))).toEqual([]);
  });

  it("never stores nor serves for a staff session, and renders afresh when the server asks itself to", async () => {
    await get(one.base, "/en/agreements/moc-f", { cookie: "better-auth.session_token=abc" });
    await settled(one.store);
    expect(await queryOnce(url, `SELECT 1 FROM "StoredAnswer"`)).toHaveLength(0);
    await get(one.base, "/en/agreements/moc-f");
    await settled(one.store);
    const before = renders;
    expect((await get(one.base, "/en/agreements/moc-f", { cookie: "better-auth.session_token=abc" })).from).toBeNull();
    // The writer's own request (lib/cache/render-on-write.ts) skips memory and store and stores the new render.
    const refreshed = await get(one.base, "/en/agreements/moc-f", { [REFRESH_HEADER]: refreshToken() });
    expect(refreshed.from).toBeNull();
    await settled(one.store);
    expect(renders - before).toBe(2);
    bumpCacheGeneration();
    expect(await get(two.base, "/en/agreements/moc-f")).toMatchObject({ from: "store", text: refreshed.text });
    // A reader who guesses the header is served as any reader.
    expect((await get(two.base, "/en/agreements/moc-f", { [REFRESH_HEADER]: "guess" })).from).toBe("memory");
  });

  it("steps aside while its database cannot be reached, and the app answers", async () => {
    const lost = new AnswerStore({ url: "postgresql://postgres@127.0.0.1:1/none", now: clock });
    const front = new FrontCache({ store: lost, now: clock });
    const server = http.createServer((req, res) => front.serve(req, res, app));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    try {
      expect((await get(base, "/en/agreements/moc-g")).status).toBe(200);
      expect(lost.available).toBe(false);
      expect((await get(base, "/en/agreements/moc-h")).status).toBe(200);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await lost.close();
    }
  });
});
