// Proven by outside validators (issue 29): the real `npm start` on
// PostgreSQL, checked with the tools the standards' own users run rather
// than with this project's idea of them:
// - every page type, public and staff, in th, en and ja, as the server sends
//   it (what a reader without JavaScript gets) by the W3C Nu HTML Checker
//   (vnu-jar; needs Java);
// - the OpenAPI document by Redocly CLI (recommended rules, redocly.yaml),
//   and every read endpoint's statuses, headers and bodies against it;
// - Atom feeds for RFC 4287's required elements, calendars parsed by ical.js
//   and checked line by line against RFC 5545, the sitemap against the
//   sitemaps.org schema (the JDK's XML Schema validator);
// - one origin, SITE_URL, in every absolute URL of every kind of answer,
//   whatever Host or X-Forwarded-Host a request claims.
// Each validator runs once over all its files: Java starts once.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser, throwawayDatabase, type ThrowawayDatabase } from "../setup/databases";
import { query, startApp, type RunningApp } from "./app";
import { raw, type RawAnswer } from "./edges";
import { openApiValidator } from "../helpers/openapi-ajv";

const SITE = "https://registry.example.org";
const LOCALES = ["th", "en", "ja"] as const;
const PASSWORD = "validators-password-" + process.pid;
const root = process.cwd();

let database: ThrowawayDatabase;
let app: RunningApp;
let editor = "";
let admin = "";
let dir = "";

/** Runs a command; its exit code and what it printed. */
function run(command: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(command, args, { cwd: root, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" } }, (error, stdout, stderr) =>
      resolve({ code: error ? (typeof error.code === "number" ? error.code : 1) : 0, stdout, stderr }),
    );
  });
}

/** A GET as a reader sends it: the path escaped as a browser would, no compression. */
const get = (pathAndQuery: string, headers: Record<string, string> = {}): Promise<RawAnswer> => raw(app.origin, encodeURI(pathAndQuery), { "accept-encoding": "identity", ...headers });

async function signIn(email: string): Promise<string> {
  // The write origin is SITE_URL once it is set: a browser on the site sends it.
  const response = await fetch(`${app.origin}/api/auth/sign-in/email`, { method: "POST", headers: { "content-type": "application/json", origin: SITE }, body: JSON.stringify({ email, password: PASSWORD }) });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "registry-validators-"));
  database = await throwawayDatabase("validators", { migrate: false });
  app = await startApp({ DATABASE_URL: database.url, SITE_URL: SITE, API_RATE_LIMIT: "0" });
  await createUser(database.url, "validators-editor@example.org", "editor", PASSWORD);
  await createUser(database.url, "validators-admin@example.org", "admin", PASSWORD);
  editor = await signIn("validators-editor@example.org");
  admin = await signIn("validators-admin@example.org");
});

afterAll(async () => {
  await app?.stop();
  await database?.drop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const xml = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["url", "entry", "link", "xhtml:link", "author", "category"].includes(name) });

/** The paths the sitemap lists (it names SITE_URL; the server is asked directly). */
async function sitemapPaths(): Promise<string[]> {
  const answer = await get("/sitemap.xml");
  expect(answer.status).toBe(200);
  return (xml.parse(answer.body).urlset.url as Array<{ loc: string }>).map((u) => {
    expect(u.loc.startsWith(`${SITE}/`)).toBe(true);
    return u.loc.slice(SITE.length);
  });
}

/** One staff page of each kind, with the ids of seeded rows. */
async function staffPaths(): Promise<Array<[string, string]>> {
  const [agreement] = await query<{ id: number }>(database.url, `SELECT id FROM "Agreement" ORDER BY id LIMIT 1`);
  const [organization] = await query<{ id: number }>(database.url, `SELECT id FROM "Organization" ORDER BY id LIMIT 1`);
  const [person] = await query<{ id: number }>(database.url, `SELECT id FROM "Person" ORDER BY id LIMIT 1`);
  const [scope] = await query<{ id: number }>(database.url, `SELECT id FROM "ScopeArea" ORDER BY id LIMIT 1`);
  const [source] = await query<{ id: number }>(database.url, `SELECT s.id FROM "Source" s JOIN "SourceArchive" a ON a."sourceId" = s.id ORDER BY s.id LIMIT 1`);
  return LOCALES.flatMap((l) => [
    [`/${l}/editor`, editor],
    [`/${l}/editor/agreements/new`, editor],
    [`/${l}/editor/agreements/${agreement!.id}`, editor],
    [`/${l}/editor/agreements/${agreement!.id}/history`, editor],
    [`/${l}/editor/agreements/${agreement!.id}/preview`, editor],
    [`/${l}/editor/sources`, editor],
    [`/${l}/editor/sources/${source!.id}`, editor],
    [`/${l}/editor/organizations`, editor],
    [`/${l}/editor/organizations/${organization!.id}`, editor],
    [`/${l}/editor/people`, editor],
    [`/${l}/editor/people/${person!.id}`, editor],
    [`/${l}/editor/scope-areas`, editor],
    [`/${l}/editor/scope-areas/${scope!.id}`, editor],
    [`/${l}/editor/watch`, editor],
    [`/${l}/editor/account`, editor],
    [`/${l}/editor/users`, admin],
    [`/${l}/editor/audit`, admin],
  ]) as Array<[string, string]>;
}

describe("the Nu HTML Checker", () => {
  it("finds no error on any page type, public and staff, in th, en and ja; every page carries its script policy", async () => {
    const publicPaths = [
      ...(await sitemapPaths()),
      ...LOCALES.flatMap((l) => [`/${l}/agreements?q=cybersecurity`, `/${l}/agreements?status=in_effect&sort=oldest`, `/${l}/timeline?party=mic`, `/${l}/sign-in`, `/${l}/nope`, `/${l}/agreements/nope`]),
    ];
    const pages: Array<[string, string]> = [...publicPaths.map((p): [string, string] => [p, ""]), ...(await staffPaths())];
    const files = new Map<string, string>();
    for (const [i, [page, cookie]] of pages.entries()) {
      const answer = await get(page, cookie ? { cookie } : {});
      expect(answer.status, page).toBe(page.endsWith("/nope") ? 404 : 200);
      expect(String(answer.headers["content-type"]), page).toMatch(/^text\/html/);
      expect(String(answer.headers["content-security-policy"]), page).toMatch(/^script-src 'self'/);
      const file = path.join(dir, `page-${i}.html`);
      writeFileSync(file, answer.body);
      files.set(file, page);
    }
    const jar = path.join(root, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");
    const checked = await run("java", ["-jar", jar, "--errors-only", "--format", "json", ...files.keys()]);
    const messages = (JSON.parse(checked.stderr) as { messages: Array<{ type: string; url: string; lastLine?: number; message: string }> }).messages;
    const errors = messages.filter((m) => m.type === "error").map((m) => `${files.get(new URL(m.url).pathname) ?? m.url}:${m.lastLine ?? "?"}: ${m.message}`);
    expect(errors).toEqual([]);
    expect(checked.code).toBe(0);
    expect(files.size).toBeGreaterThan(150);
  });

  it("gets a 404 drawn on the server: the page's language, its text, its language links to the same address", async () => {
    const messages = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(path.join(root, "messages", `${l}.json`), "utf8")).NotFound.heading as string]));
    for (const locale of LOCALES) {
      for (const rest of ["/nope", "/agreements/nope", "/not-found-page"]) {
        const answer = await get(`/${locale}${rest}`);
        expect(answer.status).toBe(404);
        expect(answer.body).not.toContain("__next_error__");
        expect(answer.body).toContain(`<html lang="${locale}"`);
        expect(answer.body).toContain(messages[locale]);
        for (const other of LOCALES) if (other !== locale) expect(answer.body).toContain(`href="/${other}${rest}"`);
      }
    }
  });
});

describe("the OpenAPI document", () => {
  it("passes Redocly's recommended rules with no error and no warning", async () => {
    const answer = await get("/api/v1/openapi.json");
    expect(answer.status).toBe(200);
    const file = path.join(dir, "openapi.json");
    writeFileSync(file, answer.body);
    const linted = await run(path.join(root, "node_modules", ".bin", "redocly"), ["lint", "--config", path.join(root, "redocly.yaml"), "--format=json", file]);
    const report = JSON.parse(linted.stdout) as { totals: { errors: number; warnings: number }; problems: Array<{ ruleId: string; message: string }> };
    expect(report.problems.map((p) => `${p.ruleId}: ${p.message}`)).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(linted.code).toBe(0);
  });

  it("describes what every read endpoint answers: each status it sends, the ETag it promises, bodies that fit their schemas", async () => {
    const document = JSON.parse((await get("/api/v1/openapi.json")).body);
    const ajv = openApiValidator(document);
    const errorFields = Object.keys(document.components.schemas.Error.properties.error.properties);
    const [archived] = await query<{ key: string }>(database.url, `SELECT s.key FROM "Source" s JOIN "SourceArchive" a ON a."sourceId" = s.id ORDER BY s.id LIMIT 1`);
    // [documented path, path asked, status expected]; a 304 is asked with the ETag of the 200 before it.
    const cases: Array<[string, string, number]> = [
      ["/api/v1/agreements", "/api/v1/agreements?limit=2", 200],
      ["/api/v1/agreements", "/api/v1/agreements?limit=2", 304],
      ["/api/v1/agreements", "/api/v1/agreements?status=bogus", 400],
      ["/api/v1/agreements/{slug}", "/api/v1/agreements/joint-statement-ict-2015", 200],
      ["/api/v1/agreements/{slug}", "/api/v1/agreements/joint-statement-ict-2015", 304],
      ["/api/v1/agreements/{slug}", "/api/v1/agreements/no-such-record", 404],
      ["/api/v1/agreements.csv", "/api/v1/agreements.csv?party=mic", 200],
      ["/api/v1/agreements.csv", "/api/v1/agreements.csv?party=mic", 304],
      ["/api/v1/agreements.csv", "/api/v1/agreements.csv?bogus=1", 400],
      ["/api/v1/agreements.json", "/api/v1/agreements.json?scope=postal", 200],
      ["/api/v1/agreements.json", "/api/v1/agreements.json?scope=postal", 304],
      ["/api/v1/agreements.json", "/api/v1/agreements.json?sort=bogus", 400],
      ["/{locale}/feed.xml", "/ja/feed.xml", 200],
      ["/{locale}/feed.xml", "/ja/feed.xml", 304],
      ["/{locale}/feed.xml", "/xx/feed.xml", 404],
      ["/api/v1/sources/{key}/archive", `/api/v1/sources/${archived!.key}/archive`, 200],
      ["/api/v1/sources/{key}/archive", "/api/v1/sources/no-such-source/archive", 404],
    ];
    const asked = new Set<string>();
    let etag = "";
    for (const [documented, asking, status] of cases) {
      const operation = document.paths[documented].get;
      const answer = await get(asking, status === 304 ? { "if-none-match": etag } : {});
      const where = `${asking} (${status})`;
      expect(answer.status, where).toBe(status);
      const response = operation.responses[String(status)];
      expect(response, `${where} is not documented`).toBeDefined();
      for (const header of Object.keys(response.headers ?? {})) expect(answer.headers[header.toLowerCase()], `${where} ${header}`).toBeTruthy();
      if (status === 200) etag = String(answer.headers.etag ?? "");
      const schema = response.content?.["application/json"]?.schema;
      if (schema) {
        const body = JSON.parse(answer.body);
        // The schema where the document has it, so that its references resolve.
        const pointer = ["paths", documented, "get", "responses", String(status), "content", "application/json", "schema"].map((s) => encodeURIComponent(s.replace(/~/g, "~0").replace(/\//g, "~1")));
        const validate = ajv.getSchema(`openapi#/${pointer.join("/")}`)!;
        expect(validate(body), `${where}: ${JSON.stringify(validate.errors)}`).toBe(true);
        // Every field of an error is one the schema names (a 404 repeats the slug).
        if (body.error) for (const field of Object.keys(body.error)) expect(errorFields, `${where}: error.${field}`).toContain(field);
      }
      asked.add(documented);
    }
    const readPaths = Object.entries(document.paths as Record<string, { get?: unknown }>).filter(([, item]) => item.get).map(([p]) => p);
    expect([...asked].sort()).toEqual(readPaths.sort());
  });
});

describe("feeds, calendars and the sitemap", () => {
  it("Atom feeds name id, title, updated, author and link on the feed and on every entry (RFC 4287 §4.1)", async () => {
    for (const locale of LOCALES) {
      const answer = await get(`/${locale}/feed.xml`);
      expect(answer.status).toBe(200);
      const feed = xml.parse(answer.body).feed;
      expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
      for (const element of ["id", "title", "updated"]) expect(String(feed[element] ?? "").trim(), `feed ${element}`).not.toBe("");
      expect(feed.author?.[0]?.name).toBeTruthy();
      expect(feed.link.some((l: Record<string, string>) => l["@_rel"] === "self" && l["@_href"] === `${SITE}/${locale}/feed.xml`)).toBe(true);
      expect(feed.entry.length).toBeGreaterThan(0);
      for (const entry of feed.entry) {
        for (const element of ["id", "title", "updated"]) expect(String(entry[element]?.["#text"] ?? entry[element] ?? "").trim(), `entry ${element}`).not.toBe("");
        expect(entry.author?.[0]?.name, "entry author").toBeTruthy();
        expect(entry.link[0]["@_href"].startsWith(`${SITE}/${locale}/agreements/`)).toBe(true);
        expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      }
    }
  });

  it("calendars parse with ical.js; every line ends with CRLF, the last one too, and none is longer than 75 octets (RFC 5545 §3.1)", async () => {
    for (const locale of LOCALES) {
      const answer = await get(`/${locale}/deadlines.ics`);
      expect(answer.status).toBe(200);
      const text = answer.body;
      expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
      const lines = text.slice(0, -2).split("\r\n");
      for (const line of lines) {
        expect(line).not.toMatch(/[\r\n]/);
        expect(Buffer.byteLength(line, "utf8"), line).toBeLessThanOrEqual(75);
      }
      const calendar = new ICAL.Component(ICAL.parse(text));
      expect(calendar.name).toBe("vcalendar");
      expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
      expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
      for (const event of calendar.getAllSubcomponents("vevent")) {
        for (const property of ["uid", "dtstamp", "dtstart", "summary"]) expect(event.getFirstPropertyValue(property), property).toBeTruthy();
        expect(String(event.getFirstPropertyValue("url")).startsWith(`${SITE}/${locale}/agreements/`)).toBe(true);
      }
    }
  });

  it("the sitemap is valid against the sitemaps.org schema and lists source pages and the API page in each language", async () => {
    const answer = await get("/sitemap.xml");
    const file = path.join(dir, "sitemap.xml");
    writeFileSync(file, answer.body);
    const checked = await run("java", [path.join(root, "tests", "system", "validators", "Validate.java"), path.join(root, "tests", "system", "validators", "sitemap.xsd"), file]);
    expect(checked.stdout + checked.stderr).toBe("");
    expect(checked.code).toBe(0);
    const paths = await sitemapPaths();
    const [source] = await query<{ key: string }>(database.url, `SELECT key FROM "Source" ORDER BY key LIMIT 1`);
    for (const locale of LOCALES) {
      expect(paths).toContain(`/${locale}/api`);
      expect(paths).toContain(`/${locale}/sources/${source!.key}`);
    }
  });
});

describe("one origin", () => {
  it("every absolute URL the site writes names SITE_URL, whatever Host or X-Forwarded-Host a request claims", async () => {
    const forged = { host: "evil.example", "x-forwarded-host": "evil.example", "x-forwarded-proto": "http", forwarded: "host=evil.example" };
    const sources = (await query<{ url: string | null }>(database.url, `SELECT url FROM "Source" WHERE url IS NOT NULL`)).map((s) => s.url!);
    // Addresses that are not the site's and are meant: the sources a record cites, XML namespaces, the feed library's name.
    const foreign = (url: string) => sources.some((s) => url.startsWith(s) || s.startsWith(url)) || /^https?:\/\/(www\.w3\.org|www\.sitemaps\.org|github\.com\/jpmonette\/feed|ogp\.me|schema\.org)\b/.test(url);
    const answers = [
      "/en",
      "/th/agreements",
      "/ja/agreements/joint-statement-ict-2015",
      "/en/agreements/moc-postal-services",
      "/en/scope-areas/cybersecurity",
      "/en/nope",
      "/th/feed.xml",
      "/en/deadlines.ics",
      "/sitemap.xml",
      "/robots.txt",
      "/api/v1/agreements?limit=3",
      "/api/v1/agreements.csv",
      "/api/v1/openapi.json",
    ];
    const named: string[] = [];
    for (const asked of answers) {
      const answer = await get(asked, forged);
      expect(answer.status, asked).toBeLessThan(500);
      const text = [answer.body, ...Object.values(answer.headers).flat().map(String)].join("\n").replace(/&amp;/g, "&");
      for (const url of text.match(/https?:\/\/[^\s"'<>(),\\]+/g) ?? []) if (!foreign(url)) named.push(`${asked}: ${url}`);
    }
    expect(named.length).toBeGreaterThan(50);
    expect(named.filter((n) => !n.split(": ")[1]!.startsWith(`${SITE}/`) && n.split(": ")[1] !== SITE)).toEqual([]);
  });
});
