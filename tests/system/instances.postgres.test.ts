// Several app instances on one PostgreSQL: two `npm start` launched at the
// same moment on a new database both come up (one migrates and seeds, the
// other waits); an edit made through one is seen by the other — whose pages
// and API answers were cached before the edit — within a second; and the
// e-mail reminders both instances' schedulers sweep for (every half second,
// through a real SMTP server started here) go out once each, in each
// recipient's language.
import { readFileSync } from "node:fs";
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "@/lib/db/embedded";
import { dayNumber, isoFromDayNumber, todayInBangkok } from "@/lib/dates/partial-date";
import { emptyAgreementInput } from "@/lib/editor/defaults";
import { createUser, throwawayDatabase, type ThrowawayDatabase } from "../setup/databases";
import { query, signIn, startApp, type RunningApp } from "./app";

let database: ThrowawayDatabase;
let apps: RunningApp[] = [];
let env: Record<string, string> = {};
let smtp: SMTPServer;
let smtpUrl = "";
const received: ParsedMail[] = [];

beforeAll(async () => {
  // Not migrated: the instances do it, once between them.
  database = await throwawayDatabase("instances", { migrate: false });
  const smtpPort = await freePort();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(smtpPort, "127.0.0.1", resolve));
  smtpUrl = `smtp://127.0.0.1:${smtpPort}`;
});

afterAll(async () => {
  await Promise.all(apps.map((app) => app.stop()));
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()));
  await database?.drop();
});

const SLUG = "moc-postal-services";
/** Does the answer at `path` show the postal MoC? */
const shows = async (origin: string, path: string) => {
  const response = await fetch(origin + path);
  return response.ok && (await response.text()).includes(SLUG);
};

describe("two instances on one PostgreSQL", () => {
  it("both come up when started at the same moment, migrating and seeding once", async () => {
    env = { DATABASE_URL: database.url, SMTP_URL: smtpUrl, SMTP_FROM: "registry@registry.example", REMINDER_INTERVAL_MS: "500" };
    apps = await Promise.all([startApp(env), startApp(env)]);
    const outputs = apps.map((app) => app.output());
    const seeded = outputs.filter((o) => o.includes("seed: 8 records added")).length;
    const reused = outputs.filter((o) => o.includes("seed: 0 records added, 8 already present")).length;
    expect([seeded, reused]).toEqual([1, 1]);
    for (const { origin } of apps) expect((await (await fetch(`${origin}/api/v1/agreements`)).json()).meta.total).toBe(8);
    // npm start's own process, which stays to restart the server, did not load Prisma and the seed: they ran in a
    // process that has exited (scripts/setup-db.ts). In it, they kept it at ~215 MB here (~290 at 100,000 records); without, ~140.
    for (const app of apps) {
      const rss = Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${app.child.pid}/status`, "utf8"))?.[1]) / 1024;
      expect(rss, `npm start process ${app.child.pid}`).toBeGreaterThan(0);
      expect(rss).toBeLessThan(175);
    }
  });

  it("shows an edit made through one instance on the other within a second", async () => {
    const [one, two] = apps.map((app) => app.origin) as [string, string];
    await createUser(database.url, "instances@example.org", "editor", "instances-password");
    const cookie = await signIn(one, "instances@example.org", "instances-password");

    // Both instances hold the record's page, a list, search, the feed and
    // the API answer in their caches.
    const paths = [`/api/v1/agreements/${SLUG}`, `/en/agreements/${SLUG}`, "/th/agreements", "/api/v1/agreements?q=postal", "/en/feed.xml", "/sitemap.xml"];
    for (const origin of [one, two]) for (const path of paths) expect(await shows(origin, path), `${origin}${path} before`).toBe(true);

    const [record] = await query<{ id: string; version: number }>(database.url, `SELECT "id", "version" FROM "Agreement" WHERE "slug" = $1`, [SLUG]);
    const unpublished = await fetch(`${one}/api/editor/agreements/${record!.id}/publication`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: one, cookie },
      body: JSON.stringify({ version: record!.version, action: "UNPUBLISH" }),
    });
    expect(unpublished.status).toBe(200);
    const savedAt = Date.now();

    // Polled, not slept: the first answer without the record ends the wait.
    // The addresses still showing it are asked together in each round, so an
    // address's time is its own answer's, not the sum of the others' (on a
    // busy machine, asking six in turn added their latencies: 1.1 s).
    const gone: Record<string, number> = {};
    while (Object.keys(gone).length < paths.length && Date.now() - savedAt < 5_000) {
      await Promise.all(
        paths
          .filter((path) => !(path in gone))
          .map(async (path) => {
            if (!(await shows(two, path))) gone[path] = Date.now() - savedAt;
          }),
      );
    }
    for (const path of paths) expect(gone[path], `${path} on the other instance`).toBeLessThanOrEqual(1_000);
    for (const path of paths) expect(await shows(one, path), `${path} on the instance that saved`).toBe(false);
  });

  it("serves a page one instance rendered from the other and from a restarted one, without rendering it; a save renders its record and the list's pages again", async () => {
    const [one] = apps.map((app) => app.origin) as [string, string];
    const page = "/en/agreements/moc-ict-digital-2017";
    const from = async (origin: string, path: string) => {
      const answer = await fetch(origin + path);
      expect(answer.status, `${origin}${path}`).toBe(200);
      await answer.arrayBuffer();
      return answer.headers.get("x-registry-cache");
    };
    const stored = async (key: string, after = 0) =>
      // Keys are the build's, then the address (lib/server/answer-store.mjs).
      (await query(database.url, `SELECT 1 FROM "StoredAnswer" WHERE "key" LIKE '% ' || $1 AND "storedAt" > $2`, [key, after])).length === 1;
    // Rendered by the first instance: stored once it has gone out (not within
    // two seconds of the previous test's save, which may have touched it).
    const deadline = Date.now() + 10_000;
    while (!(await stored(page)) && Date.now() < deadline) {
      await from(one, page);
      await new Promise((r) => setTimeout(r, 250));
    }
    expect(await stored(page)).toBe(true);
    // Kept until the record's status may change (its page's meta tag, the API's
    // statusValidUntil; null: no later day changes it), not for its day alone.
    const until = async (key: string) => (await query<{ day: string; until: string | null }>(database.url, `SELECT "day", "until" FROM "StoredAnswer" WHERE "key" LIKE '% ' || $1`, [key]))[0];
    const api = (await (await fetch(`${one}/api/v1/agreements/moc-ict-digital-2017`)).json()) as { data: { statusValidUntil: string | null } };
    expect((await until(page))?.until).toBe(api.data.statusValidUntil);
    // The other instance has never rendered it, nor held it in memory.
    expect(await from(apps[1]!.origin, page)).toBe("store");
    // Restarted: nothing in memory, nothing rendered.
    await apps[1]!.stop();
    apps[1] = await startApp(env);
    expect(await from(apps[1]!.origin, page)).toBe("store");
    expect(await from(apps[1]!.origin, page)).toBe("memory");

    // Publishing the postal MoC again (the previous test unpublished it): the
    // instance that saved renders its page in each language and its API answer.
    const cookie = await signIn(one, "instances@example.org", "instances-password");
    const [record] = await query<{ id: string; version: number }>(database.url, `SELECT "id", "version" FROM "Agreement" WHERE "slug" = $1`, [SLUG]);
    const savedAt = Date.now();
    const published = await fetch(`${one}/api/editor/agreements/${record!.id}/publication`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: one, cookie },
      body: JSON.stringify({ version: record!.version, action: "PUBLISH" }),
    });
    expect(published.status).toBe(200);
    const answers = ["/th", "/en", "/ja"].map((l) => `${l}/agreements/${SLUG}`).concat(`/api/v1/agreements/${SLUG}`);
    // Stored as if begun two seconds early (lib/server/answer-store.mjs): compared with a time before the save.
    const since = savedAt - 5_000;
    const rendered = Date.now() + 15_000;
    while (Date.now() < rendered && !(await Promise.all(answers.map((key) => stored(key, since)))).every(Boolean)) await new Promise((r) => setTimeout(r, 250));
    for (const key of answers) expect(await stored(key, since), key).toBe(true);
    // The other instance's first reader is served what the writer rendered, showing the record.
    const ja = await fetch(`${apps[1]!.origin}/ja/agreements/${SLUG}`);
    expect(ja.headers.get("x-registry-cache")).toBe("store");
    expect(await ja.text()).toContain(SLUG);

    // Then, once writes have paused, the unfiltered list's pages (each
    // language's home, first page and ?page=N) are rendered again too, and
    // the other instance serves them from the store, showing the record.
    // Stored after the save itself: the pass that followed the previous
    // test's unpublish stored these addresses too, a few seconds before it,
    // and the publish made those answers stale. (The pass begins five seconds
    // after the save and stores its answers as begun two seconds early.)
    const lists = ["/th", "/en", "/ja"].flatMap((l) => [l, `${l}/agreements`, `${l}/agreements?page=1`]);
    const listed = Date.now() + 30_000;
    while (Date.now() < listed && !(await Promise.all(lists.map((key) => stored(key, savedAt)))).every(Boolean)) await new Promise((r) => setTimeout(r, 250));
    for (const key of lists) expect(await stored(key, savedAt), key).toBe(true);
    // A list shows many records' statuses: good for the day it was rendered on only.
    const listRow = await until("/en/agreements?page=1");
    expect(listRow?.until).toBe(new Date(Date.parse(`${listRow!.day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    for (const path of ["/th/agreements?page=1", "/ja/agreements"]) {
      const list = await fetch(`${apps[1]!.origin}${path}`);
      expect(list.headers.get("x-registry-cache"), path).toBe("store");
      expect(await list.text(), path).toContain(SLUG);
    }
  });

  it("sends a record's 90-day alert and the weekly digest once per recipient, in the language each chose, with both instances sweeping", async () => {
    const [one, two] = apps.map((app) => app.origin) as [string, string];
    await createUser(database.url, "instances-en@example.org", "viewer", "instances-en-password");
    const thaiCookie = await signIn(one, "instances@example.org", "instances-password");
    const englishCookie = await signIn(two, "instances-en@example.org", "instances-en-password");

    // A record ending 45 days from today, entered through the write API.
    const today = todayInBangkok();
    const endsOn = isoFromDayNumber(dayNumber(today) + 45);
    const orgs = await query<{ id: string }>(database.url, `SELECT "id" FROM "Organization" WHERE "slug" IN ('mdes', 'mic') ORDER BY "slug"`);
    const input = {
      ...emptyAgreementInput(),
      slug: "moc-ending-soon",
      titleTh: "บันทึกความร่วมมือที่ใกล้สิ้นสุด",
      titleEn: "Memorandum ending soon",
      signedOn: isoFromDayNumber(dayNumber(today) - 300),
      expiresOn: endsOn,
      parties: orgs.map((o) => ({ organizationId: o.id, newOrganization: null })),
      sources: [{ sourceId: null, newSource: { title: "Test press release", url: "https://example.org/press", publisher: "", language: "en", publishedOn: isoFromDayNumber(dayNumber(today) - 299) } }],
      citations: [
        { source: 0, fact: "signedOn", row: null, quote: "signed last year", quoteEn: "", noteTh: "", noteEn: "" },
        { source: 0, fact: "expiresOn", row: null, quote: "valid until", quoteEn: "", noteTh: "", noteEn: "" },
      ],
    };
    const created = await fetch(`${two}/api/editor/agreements`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: two, cookie: thaiCookie },
      body: JSON.stringify({ input }),
    });
    expect(created.status, await created.clone().text()).toBe(201);

    // Each recipient chooses on their own, through a different instance.
    for (const [origin, cookie, language] of [
      [one, thaiCookie, "th"],
      [two, englishCookie, "en"],
    ] as const) {
      const saved = await fetch(`${origin}/api/editor/reminders`, {
        method: "POST",
        headers: { "content-type": "application/json", origin, cookie },
        body: JSON.stringify({ language, weeklyDigest: true, alertDays: [90, 30, 7] }),
      });
      expect(saved.status).toBe(200);
    }

    // Polled: both schedulers sweep every half second. Once four messages are
    // in, keep watching for as long again as they took (at least three
    // seconds, six sweeps of each instance) that no fifth arrives.
    const to = (m: ParsedMail) => (m.to && !Array.isArray(m.to) ? m.to.text : "");
    const started = Date.now();
    while (received.length < 4 && Date.now() - started < 30_000) await new Promise((r) => setTimeout(r, 100));
    const took = Date.now() - started;
    expect(received.length).toBe(4);
    const watchUntil = Date.now() + Math.max(3_000, took);
    while (Date.now() < watchUntil && received.length === 4) await new Promise((r) => setTimeout(r, 100));
    expect(received.length).toBe(4);

    const thai = received.filter((m) => to(m) === "instances@example.org");
    expect(thai.map((m) => m.subject).sort()).toEqual(["สรุปกำหนดเวลาในช่วงข้างหน้า: 1 รายการ", "อีก 45 วัน: วันสิ้นสุด บันทึกความร่วมมือที่ใกล้สิ้นสุด"].sort());
    for (const mail of thai) {
      expect(mail.headers.get("content-language")).toBe("th");
      expect(mail.text).toMatch(/https?:\/\/[^/\s]+\/th\/editor\/agreements\/[\w-]+/);
    }
    expect(thai.find((m) => m.subject!.startsWith("อีก"))!.text).toContain("คุณได้รับอีเมลนี้เพราะขอให้เตือนล่วงหน้า 90 วัน");
    const english = received.filter((m) => to(m) === "instances-en@example.org");
    expect(english.map((m) => m.subject).sort()).toEqual(["In 45 days: End of validity, Memorandum ending soon", "Deadlines in the coming weeks: 1 deadline"].sort());
    for (const mail of english) expect(mail.headers.get("content-language")).toBe("en");

    const sent = await query<{ n: string }>(database.url, `SELECT count(*) AS n FROM "ReminderSent"`);
    expect(Number(sent[0]!.n)).toBe(4);
  });
});
