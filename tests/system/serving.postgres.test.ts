// The serving layer at its edges (issue 24), against the real `npm start` on
// PostgreSQL: no spelling of a staff address ever reaches an anonymous
// reader, the API limit counts every spelling of an API path, a crawler's
// burst whose clients leave gives every place back, bodies that trickle in
// do not keep an editor out, a hostile PDF costs only its own reader, no
// forwarded header reaches a public answer, and no password reaches an
// address or the server's log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, throwawayDatabase, type ThrowawayDatabase } from "../setup/databases";
import { manyPagesPdf, flateBombPdf } from "../helpers/hostile-pdf";
import { minimalInput } from "../e2e/helpers/staff";
import { query, signIn, startApp, type RunningApp } from "./app";
import { leavingBurst, raw, rawFollow } from "./edges";
import net from "node:net";
import { treeRssMb } from "../../scripts/bench-tools";

let database: ThrowawayDatabase;
let app: RunningApp;
let editor = "";
let admin = "";
let draftId = "";
const NOTE = "internal-note-never-public-" + process.pid;
const PASSWORDS = { editor: "serving-editor-password-" + process.pid, admin: "serving-admin-password-" + process.pid };

beforeAll(async () => {
  database = await throwawayDatabase("serving", { migrate: false });
  app = await startApp({ DATABASE_URL: database.url, API_RATE_LIMIT: "40", OVERLOAD_PUBLIC_CONCURRENCY: "4", TRUSTED_PROXIES: "127.0.0.1" });
  await createUser(database.url, "serving-editor@example.org", "editor", PASSWORDS.editor);
  await createUser(database.url, "serving-admin@example.org", "admin", PASSWORDS.admin);
  editor = await signIn(app.origin, "serving-editor@example.org", PASSWORDS.editor);
  admin = await signIn(app.origin, "serving-admin@example.org", PASSWORDS.admin);
  const saved = await fetch(`${app.origin}/api/editor/agreements`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: app.origin, cookie: editor },
    body: JSON.stringify({ input: { ...minimalInput(`serving-draft-${process.pid}`), internalNote: NOTE } }),
  });
  expect(saved.status).toBe(201);
  draftId = String((await saved.json()).id);
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
});

// Ways to spell "/en/editor" that a router, a browser or a proxy may read as it.
const EDITOR_SPELLINGS = [
  "/en/editor", "/en/%65ditor", "/en/%65%64%69%74%6f%72", "/en/%65%64%69%74%6F%72", "/en/edit%6fr", "/en/editor/", "/en/editor//",
  "/%65n/editor", "/e%6E/editor", "/EN/editor", "/En/editor", "/en/Editor", "/en/EDITOR", "/en/%45ditor",
  "//en/editor", "/en//editor", "///en///editor", "/./en/editor", "/en/./editor", "/en/%2e/editor", "/en/%2E/editor",
  "/en/x/../editor", "/en/x/%2e%2e/editor", "/en/x/%2E%2E/editor", "/en/x/.%2e/editor", "/th/../en/editor",
  "/en\\editor", "/en/x\\..\\editor", "/en/editor;", "/en/editor;x=1", "/en;/editor", "/en/editor%3B",
  "/en%2Feditor", "/en/%2565ditor", "/en/editor%00", "/en/editor%20", "/en/editor?x=1",
];

const staffPaths = () => [
  ["/en/editor", editor],
  [`/en/editor/agreements/${draftId}`, editor],
  [`/en/editor/agreements/${draftId}/history`, editor],
  ["/en/editor/users", admin],
  ["/en/editor/audit", admin],
  ["/en/editor/account", editor],
  ["/en/editor/agreements/new", editor],
  ["/en/editor/sources", editor],
  ["/en/editor/organizations", editor],
  ["/en/editor/people", editor],
  ["/en/editor/scope-areas", editor],
  ["/en/editor/watch", editor],
] as const;

describe("staff pages under every spelling", () => {
  it(`${EDITOR_SPELLINGS.length} spellings of 12 staff pages, each opened by a signed-in editor or admin and then anonymously: no staff content ever reaches the anonymous reader`, { timeout: 600_000 }, async () => {
    const leaks: string[] = [];
    let served = 0;
    for (const [path, cookie] of staffPaths()) {
      for (const spelling of EDITOR_SPELLINGS) {
        const address = spelling.includes("?") ? spelling.replace("/en/editor", path) : spelling.replace("/en/editor", path);
        const staff = await rawFollow(app.origin, address, { cookie });
        if (staff.status === 200 && staff.body.includes("serving-")) served++;
        const anonymous = await rawFollow(app.origin, address);
        if (anonymous.status === 200 && (anonymous.body.includes(NOTE) || anonymous.body.includes("serving-editor@") || anonymous.body.includes("serving-admin@"))) leaks.push(`${address} → ${anonymous.path}`);
        expect(anonymous.headers["x-registry-shared"]).toBeUndefined();
      }
    }
    expect(leaks).toEqual([]);
    // The staff did see their pages through the spellings that name them (redirected to the canonical address).
    expect(served).toBeGreaterThan(staffPaths().length * 20);
  });

  it("the API limit counts every spelling of an API path", async () => {
    const spellings = ["/api/v1/agreements?limit=1", "/api/x/../v1/agreements?limit=1", "/api/%761/agreements?limit=1", "//api/v1//agreements?limit=1", "/api/v1/./agreements?limit=1"];
    // A client of its own (the proxy at 127.0.0.1 is trusted in this run).
    const headers = { "x-forwarded-for": "203.0.113.99" };
    const statuses: number[] = [];
    for (let i = 0; i < 60; i++) statuses.push((await raw(app.origin, spellings[i % spellings.length]!, headers)).status);
    // 40 a minute per client, every spelling counted: then each is refused alike.
    expect(new Set(statuses.slice(0, 40))).toEqual(new Set([200, 308]));
    expect(statuses.slice(40)).toEqual(Array(20).fill(429));
  });
});

/** The reads a reader makes after a burst: each must answer 200 now. */
const READS = ["/en", "/th/agreements", "/en/agreements/moc-postal-services", "/api/v1/agreements", "/api/v1/agreements/moc-postal-services"];

describe("places in the app after a crawler's burst", () => {
  it("two bursts at 64 connections whose clients leave while waiting and while at work: afterwards every read answers at once", { timeout: 120_000 }, async () => {
    const slugs = ((await (await fetch(`${app.origin}/api/v1/agreements?limit=100`, { headers: { "x-forwarded-for": "203.0.113.1" } })).json()).data as Array<{ slug: string }>).map((a) => a.slug);
    // Distinct addresses: records in three languages, list pages, searches, API records.
    const paths = [
      ...["th", "en", "ja"].flatMap((l) => slugs.map((s) => `/${l}/agreements/${s}`)),
      ...Array.from({ length: 60 }, (_, i) => `/en/agreements?page=${i + 1}&q=burst${i}`),
      ...Array.from({ length: 60 }, (_, i) => `/th/agreements?q=crawl${i}`),
      ...slugs.map((s) => `/api/v1/agreements/${s}?lang=ja`),
    ];
    for (let round = 0; round < 2; round++) expect(await leavingBurst(app.origin, paths, 64, 4_000)).toBeGreaterThan(64);
    // A reader of its own (the burst spent 127.0.0.1's API allowance).
    const reader = { headers: { "x-forwarded-for": "203.0.113.200" } };
    // The places come back as the requests at work finish (a few seconds at most); then:
    await expect.poll(async () => (await Promise.all(READS.map((p) => fetch(app.origin + p, reader).then((r) => r.status)))).join(), { timeout: 15_000, interval: 250 }).toBe("200,200,200,200,200");
    for (const path of READS) {
      const started = Date.now();
      expect([path, (await fetch(app.origin + path, reader)).status]).toEqual([path, 200]);
      expect(Date.now() - started).toBeLessThan(5_000);
    }
  });
});

describe("bodies that trickle in", () => {
  it("72 connections sending a body a byte at a time from one address: an editor still signs in and saves", { timeout: 60_000 }, async () => {
    const { hostname, port } = new URL(app.origin);
    const sockets = Array.from({ length: 72 }, () => {
      const socket = net.connect(Number(port), hostname);
      socket.on("error", () => {});
      socket.write(`POST /api/auth/sign-out HTTP/1.1\r\nHost: ${hostname}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{`);
      return socket;
    });
    const drip = setInterval(() => sockets.forEach((s) => s.write(" ")), 500);
    try {
      // Let them all arrive and start dripping.
      await expect.poll(() => sockets.every((s) => s.bytesWritten > 100)).toBe(true);
      const cookie = await signIn(app.origin, "serving-editor@example.org", PASSWORDS.editor);
      const [record] = await query<{ version: number }>(database.url, `SELECT "version" FROM "Agreement" WHERE "id" = $1`, [Number(draftId)]);
      const save = await fetch(`${app.origin}/api/editor/agreements/${draftId}`, {
        method: "PUT",
        headers: { "content-type": "application/json", origin: app.origin, cookie },
        body: JSON.stringify({ version: record!.version, input: { ...minimalInput(`serving-draft-${process.pid}`), internalNote: NOTE, titleEn: "Saved while bodies trickle" } }),
      });
      expect(save.status).toBe(200);
    } finally {
      clearInterval(drip);
      sockets.forEach((s) => s.destroy());
    }
  });
});

describe("hostile archive files", () => {
  it("a 5,000-page PDF and a Flate bomb are refused with the reason, the server stays up and readers are answered meanwhile", { timeout: 120_000 }, async () => {
    const [source] = await query<{ id: number }>(database.url, `SELECT "id" FROM "Source" ORDER BY "id" LIMIT 1`);
    for (const [file, reason] of [[await manyPagesPdf(5000), "archiveTooManyPages"], [await flateBombPdf(1024), "archiveTooComplex"]] as const) {
      let reading = true;
      const readers = (async () => {
        const statuses: number[] = [];
        while (reading) statuses.push(await fetch(`${app.origin}/en/agreements/moc-postal-services`, { headers: { "x-forwarded-for": "203.0.113.7" } }).then((r) => r.status, () => 0));
        return statuses;
      })();
      const upload = await fetch(`${app.origin}/api/editor/sources/${source!.id}/archive`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: app.origin, cookie: editor },
        body: JSON.stringify({ retrievedOn: "2026-01-15", file: { name: "hostile.pdf", base64: Buffer.from(file).toString("base64") } }),
      });
      reading = false;
      const statuses = await readers;
      expect(upload.status).toBe(422);
      expect(JSON.stringify(await upload.json())).toContain(reason);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((s) => s === 200)).toBe(true);
    }
    expect((await fetch(`${app.origin}/en`)).status).toBe(200);
  });
});

describe("what reaches public answers", () => {
  it("no forwarded header or Host reaches feeds, sitemap, robots.txt, the calendar or a page's links; public answers set no cookie", async () => {
    const forged = { "x-forwarded-host": "evil.example", "x-forwarded-proto": "javascript", host: "evil2.example" };
    for (const path of ["/en/feed.xml", "/sitemap.xml", "/robots.txt", "/th/deadlines.ics", "/en", "/ja/agreements/moc-postal-services"]) {
      const answer = await raw(app.origin, path, forged);
      expect([path, answer.status]).toEqual([path, 200]);
      expect(answer.body, path).not.toMatch(/evil|javascript:/);
      expect(String(answer.headers.link ?? ""), path).not.toMatch(/evil|javascript:/);
      expect(answer.headers["set-cookie"], path).toBeUndefined();
    }
    // A reader whose language differs from the page's: still no cookie.
    const english = await raw(app.origin, "/th/agreements", { "accept-language": "en" });
    expect(english.headers["set-cookie"]).toBeUndefined();
  });

  it("a password never reaches an address or the server's log: a sign-in by GET is refused, by the form's POST it works", async () => {
    const secret = PASSWORDS.editor;
    const byGet = await raw(app.origin, `/en/sign-in?email=serving-editor%40example.org&password=${secret}`);
    expect(byGet.status).toBe(400);
    const form = new URLSearchParams({ email: "serving-editor@example.org", password: secret, locale: "en", next: "/en/editor" });
    const byPost = await fetch(`${app.origin}/api/sign-in`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", origin: app.origin }, body: form });
    expect([byPost.status, byPost.headers.get("location")]).toEqual([303, "/en/editor"]);
    expect(byPost.headers.get("set-cookie")).toMatch(/better-auth\.session_token=/);
    const wrong = await fetch(`${app.origin}/api/sign-in`, { method: "POST", redirect: "manual", headers: { "content-type": "application/x-www-form-urlencoded", origin: app.origin }, body: new URLSearchParams({ email: "serving-admin@example.org", password: "wrong-" + secret, locale: "th", next: "" }) });
    expect(wrong.headers.get("location")).toBe("/th/sign-in?error=wrong&next=%2Fth%2Feditor");
    expect(app.output()).not.toContain(secret);
  });
});

describe("a soak at small scale (bench:soak runs 20,000 and 500)", () => {
  it("2,000 mixed hostile and distinct requests, then 200 distinct searches at once: the server is alive, no answer is a 500, and the process tree stays under 600 MB", { timeout: 300_000 }, async () => {
    const hostile = ["/en/%65ditor", "/en/x/../editor/users", "/EN//editor/audit", "/th/%E0%B8", "/en/%2565ditor", "/en/a%00b", "/api/x/../v1/agreements", `/en/agreements?q=${"x".repeat(6000)}`, "/api/v1/agreements?limit=-1", "/th/sign-in?password=x"];
    const statuses = new Map<number, number>();
    let next = 0;
    const one = async (i: number) => {
      const client = { "x-forwarded-for": `10.9.${(i >> 8) & 255}.${i & 255}` };
      if (i % 4 === 0) return (await raw(app.origin, hostile[i % hostile.length]!, client)).status;
      if (i % 8 === 1) return (await raw(app.origin, "/api/editor/agreements", { ...client, "content-type": "application/json", origin: app.origin }, "POST", "{not json")).status;
      if (i % 8 === 5) return (await raw(app.origin, "/api/auth/sign-in/email", { ...client, "content-type": "application/json", origin: app.origin }, "POST", JSON.stringify({ email: `x${i}\u0000@example.org`, password: "p" }))).status;
      return (await raw(app.origin, [`/th/agreements?q=soak${i}`, `/api/v1/agreements?q=soak${i}`][i % 2]!, client)).status;
    };
    await Promise.all(
      Array.from({ length: 16 }, async () => {
        while (next < 2000) {
          const status = await one(next++).catch(() => 0);
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    const burst = await Promise.all(Array.from({ length: 200 }, (_, i) => raw(app.origin, `/en/agreements?q=burst${i}x`, { "x-forwarded-for": `172.16.0.${i}` }).then((r) => r.status, () => 0)));
    for (const s of burst) statuses.set(s, (statuses.get(s) ?? 0) + 1);
    expect([...statuses.keys()].filter((s) => s === 0 || s >= 500 && s !== 503)).toEqual([]);
    expect((await fetch(`${app.origin}/en`, { headers: { "x-forwarded-for": "203.0.113.201" } })).status).toBe(200);
    expect(treeRssMb(app.child.pid!)).toBeLessThan(600);
  });
});
