// Backups that restore (README, "Backups"): a registry with edits, revisions
// and staff accounts is backed up with `npm run db:backup`, restored with
// `npm run db:restore` into an empty database, and the restored registry
// holds the same rows in every table and gives the same answer to every read
// API request — on a PostgreSQL server and on the embedded database.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runningEmbeddedUrl } from "@/lib/db/running";
import { createUser, runScript, throwawayDatabase, type ThrowawayDatabase } from "../setup/databases";
import { query, signIn, startApp, type RunningApp } from "./app";

const scratch = mkdtempSync(path.join(os.tmpdir(), "registry-backup-"));
const databases: ThrowawayDatabase[] = [];
let app: RunningApp | undefined;
afterAll(async () => {
  await app?.stop();
  await Promise.all(databases.map((d) => d.drop()));
  rmSync(scratch, { recursive: true, force: true });
});

const backup = (file: string, env: Record<string, string>) => runScript(["scripts/db-backup.ts", "backup", file], env);
const restore = (file: string, env: Record<string, string>) => runScript(["scripts/db-backup.ts", "restore", file], env);

/** Every table's row count, and a digest of its rows, in a stable order. */
async function tables(url: string): Promise<Record<string, string>> {
  // Not "StoredAnswer": rendered answers the serving app stores as it answers
  // (lib/server/answer-store.mjs), a cache written while this test reads, not the registry's data.
  const names = await query<{ name: string }>(url, `SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'StoredAnswer' ORDER BY 1`);
  const result: Record<string, string> = {};
  for (const { name } of names) {
    const [row] = await query<{ n: string; digest: string | null }>(url, `SELECT count(*) AS n, md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM "${name}" t`);
    result[name] = `${row!.n} ${row!.digest ?? ""}`;
  }
  return result;
}

/** The read API's answer to every request it serves for this registry: lists, each record, exports, the OpenAPI document. */
async function answers(origin: string): Promise<Record<string, string>> {
  const list = await (await fetch(`${origin}/api/v1/agreements?limit=100`)).json();
  const paths = ["/api/v1/agreements", "/api/v1/agreements?status=in-effect", "/api/v1/agreements?q=postal", "/api/v1/agreements.csv", "/api/v1/agreements.json", "/api/v1/openapi.json"];
  for (const { slug } of list.data as Array<{ slug: string }>) paths.push(`/api/v1/agreements/${slug}`);
  const result: Record<string, string> = {};
  for (const p of paths) {
    const response = await fetch(origin + p);
    // Links name the serving instance's address, which differs between the two.
    // Links name the server's own address (SITE_URL unset: localhost and the port, which differs from start to start).
    const own = `http://localhost:${new URL(origin).port}`;
    result[p] = `${response.status} ${(await response.text()).replaceAll(origin, "ORIGIN").replaceAll(own, "ORIGIN")}`;
  }
  return result;
}

/** Every table and every answer the same; the paths that differ named first, so that a failure says where. */
function expectSame(before: Record<string, string>, after: Record<string, string>) {
  if (process.env.BACKUP_TEST_DUMP) writeFileSync(process.env.BACKUP_TEST_DUMP, JSON.stringify({ before, after }));
  expect(Object.keys(after).filter((k) => after[k] !== before[k])).toEqual([]);
  expect(after).toEqual(before);
}

/** Staff edits: a new admin signs in and takes a record off the public site (a revision, an audit entry, a session). */
async function edit(origin: string, url: string, env: Record<string, string>) {
  await createUser(env.DATABASE_URL ?? "", "backup-admin@example.org", "admin", "backup-admin-password", env);
  const cookie = await signIn(origin, "backup-admin@example.org", "backup-admin-password");
  const [record] = await query<{ id: string; version: number }>(url, `SELECT "id", "version" FROM "Agreement" WHERE "slug" = 'moc-postal-services'`);
  const changed = await fetch(`${origin}/api/editor/agreements/${record!.id}/publication`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, cookie },
    body: JSON.stringify({ version: record!.version, action: "UNPUBLISH" }),
  });
  expect(changed.status).toBe(200);
}

describe("npm run db:backup and db:restore", () => {
  it("round-trip a PostgreSQL database: same rows in every table, same API answers", async () => {
    const source = await throwawayDatabase("backup_src", { migrate: false });
    const target = await throwawayDatabase("backup_dst", { migrate: false });
    databases.push(source, target);
    app = await startApp({ DATABASE_URL: source.url });
    await edit(app.origin, source.url, { DATABASE_URL: source.url });
    const before = { tables: await tables(source.url), answers: await answers(app.origin) };
    expect(Number(before.tables.Revision!.split(" ")[0])).toBeGreaterThan(5);
    expect(Number(before.tables.User!.split(" ")[0])).toBe(1);

    const file = path.join(scratch, "server.dump");
    const saved = await backup(file, { DATABASE_URL: source.url });
    expect(saved.output).toContain(`backed up`);
    await app.stop();
    expect((await restore(file, { DATABASE_URL: target.url })).output).toContain("migrations checked");
    // Only into an empty database.
    const again = await restore(file, { DATABASE_URL: target.url });
    expect([again.code, again.output]).toEqual([2, expect.stringContaining("is not empty")]);

    app = await startApp({ DATABASE_URL: target.url });
    expectSame(before.tables, await tables(target.url));
    expectSame(before.answers, await answers(app.origin));
    await app.stop();
  });

  it("round-trip the embedded database: same rows in every table, same API answers", async () => {
    const sourceDir = path.join(scratch, "source");
    const targetDir = path.join(scratch, "target");
    const env = { DATABASE_URL: "", REGISTRY_DATA_DIR: sourceDir };
    app = await startApp(env);
    const url = runningEmbeddedUrl(sourceDir)!;
    await edit(app.origin, url, env);
    const before = { tables: await tables(url), answers: await answers(app.origin) };
    expect(Number(before.tables.User!.split(" ")[0])).toBe(1);

    const file = path.join(scratch, "embedded.tgz");
    // PGlite's folder opens from one process only: not while npm start serves it.
    const refused = await backup(file, env);
    expect([refused.code, refused.output]).toEqual([2, expect.stringContaining("stop it")]);
    await app.stop();
    expect((await backup(file, env)).output).toContain("backed up");
    // A server's backup is not restored into the embedded database, nor the other way.
    expect((await restore(file, { DATABASE_URL: "postgresql://postgres@127.0.0.1:5432/postgres" })).output).toContain("unset DATABASE_URL");
    expect((await restore(file, { DATABASE_URL: "", REGISTRY_DATA_DIR: targetDir })).output).toContain("migrations checked");

    app = await startApp({ DATABASE_URL: "", REGISTRY_DATA_DIR: targetDir });
    expectSame(before.tables, await tables(runningEmbeddedUrl(targetDir)!));
    expectSame(before.answers, await answers(app.origin));
  });
});
