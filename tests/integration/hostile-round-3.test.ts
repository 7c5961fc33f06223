// Hostile input, round 3 (issue 26): what an outside assessment still got
// through the app's own endpoints, each against the real handlers and the
// real database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { POST as ownPassword } from "@/app/api/editor/account/password/route";
import { GET as auditCsv } from "@/app/api/editor/audit/route";
import { POST as personUpdate } from "@/app/api/editor/people/[id]/route";
import { POST as sourceArchive } from "@/app/api/editor/sources/[id]/archive/route";
import { POST as createUser } from "@/app/api/editor/users/route";
import { POST as changeUser } from "@/app/api/editor/users/[id]/route";
import { agreementsCsvStream } from "@/lib/api/export";
import { FAILED_SIGN_IN_LIMIT } from "@/lib/auth/failed-sign-ins";
import { calendarTokenOwner, createCalendarToken } from "@/lib/calendar/tokens";
import { CLIENT_HEADER } from "@/lib/server/client-header.mjs";
import { getPublicAgreement } from "@/lib/agreements/queries";
import { serializeAgreement } from "@/lib/agreements/serialize";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { changePublication } from "@/lib/editor/publication";
import { createAgreement } from "@/lib/editor/save";
import type { Staff } from "@/lib/auth/session";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaff, createStaffActor, TEST_PASSWORD } from "../helpers/staff";

const RUN = Date.now().toString(36);
const ORIGIN = "http://registry.test";
const request = (method: string, path: string, cookie: string, body?: unknown, client = "198.51.100.26") =>
  new Request(`${ORIGIN}${path}`, { method, headers: { "content-type": "application/json", origin: ORIGIN, host: "registry.test", cookie, [CLIENT_HEADER]: client }, body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body) });
const params = (id: string | number) => ({ params: Promise.resolve({ id: String(id) }) });
const signIn = (email: string, password: string, client = "198.51.100.27") => authPost(request("POST", "/api/auth/sign-in/email", "", { email, password }, client));
let actor: Staff;

beforeAll(async () => {
  await seeded();
  actor = await createStaffActor("editor");
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { startsWith: `round3-${RUN}` } } });
});

/** The status the public is told, on the record's page and API, and whether the list files it under "superseded". */
async function publicStatus(slug: string): Promise<{ status: string; listed: boolean }> {
  const record = await getPublicAgreement(slug);
  const today = todayInBangkok();
  const [row] = await db.$queryRaw<Array<{ n: bigint }>>`
    SELECT COUNT(*) AS n FROM "AgreementStatusPeriod" sp JOIN "Agreement" a ON a.id = sp."agreementId"
    WHERE a.slug = ${slug} AND sp.status = 'superseded' AND (sp."startsOn" IS NULL OR sp."startsOn" <= ${today}::date) AND (sp."endsBefore" IS NULL OR sp."endsBefore" > ${today}::date)`;
  return { status: serializeAgreement(record!, today).status, listed: Number(row!.n) > 0 };
}

describe("a successor the public cannot see (part 2)", () => {
  it("a draft or an internal record superseding a public one leaves its status alone; published and public, it supersedes it", async () => {
    const older = await createAgreement(db, actor, { ...(await sampleInput(db, `round3-${RUN}-older`)), signedOn: "2020-01" });
    await changePublication(db, actor, older.id, older.version, "PUBLISH");
    const before = await publicStatus(older.input.slug);
    expect(before.status).not.toBe("superseded");

    const successor = (slug: string) => sampleInput(db, slug).then((input) => ({ ...input, signedOn: "2024-05", relations: [{ agreementId: older.id, type: "SUPERSEDES" as const, noteTh: "", noteEn: "" }] }));
    const draft = await createAgreement(db, actor, await successor(`round3-${RUN}-draft`));
    expect(await publicStatus(older.input.slug)).toEqual(before);

    const internal = await createAgreement(db, actor, { ...(await successor(`round3-${RUN}-internal`)), visibility: "INTERNAL" });
    await changePublication(db, actor, internal.id, internal.version, "PUBLISH");
    expect(await publicStatus(older.input.slug)).toEqual(before);

    // Published and public: now it supersedes, and unpublished again it no longer does.
    const published = await changePublication(db, actor, draft.id, draft.version, "PUBLISH");
    expect(await publicStatus(older.input.slug)).toEqual({ status: "superseded", listed: true });
    await changePublication(db, actor, draft.id, published.version, "UNPUBLISH");
    expect(await publicStatus(older.input.slug)).toEqual(before);
  });
});

describe("better-auth's own account endpoints (part 3)", () => {
  it("are not served: a password changed or a name updated there changes nothing; sign-in and sign-out still work", async () => {
    const { email, cookie } = await createStaff("editor");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const paths = ["change-password", "update-user", "change-email", "revoke-sessions", "revoke-other-sessions", "list-sessions", "delete-user", "set-password", "sign-up/email", "admin/set-role"];
    for (const path of paths) {
      const answer = await authPost(request("POST", `/api/auth/${path}`, cookie, { currentPassword: TEST_PASSWORD, newPassword: "a-new-long-password-1", name: "Renamed", newEmail: "x@example.org", revokeOtherSessions: true }));
      expect(answer.status, path).toBe(404);
    }
    expect((await authGet(request("GET", "/api/auth/get-session", cookie))).status).toBe(404);
    expect((await authGet(request("GET", "/api/auth/list-sessions", cookie))).status).toBe(404);
    expect((await db.user.findUniqueOrThrow({ where: { id: user.id } })).name).toBe(user.name);
    expect((await signIn(email, "a-new-long-password-1")).status).toBe(401);
    expect((await signIn(email, TEST_PASSWORD)).status).toBe(200);
    expect((await authPost(request("POST", "/api/auth/sign-out", cookie, {}))).status).toBe(200);
  });
});

describe("text PostgreSQL cannot store, in any write (part 4)", () => {
  it("a NUL or a lone surrogate in a file name, a user's name or any key is a 422 naming the field, and nothing is stored", async () => {
    const { cookie: admin } = await createStaff("admin");
    const { cookie: editor } = await createStaff("editor");
    const source = await db.source.findFirstOrThrow({ select: { id: true, archive: { select: { sha256: true } } } });
    for (const name of ["page\u0000.html", "\ud800.txt", "x\udc00y.txt"]) {
      const answer = await sourceArchive(request("POST", `/api/editor/sources/${source.id}/archive`, editor, { retrievedOn: "2026-03-11", file: { name, base64: Buffer.from("hello").toString("base64") } }), params(source.id));
      expect(answer.status).toBe(422);
      expect((await answer.json()).error.fieldErrors).toEqual({ "file.name": "invalidCharacters" });
    }
    expect((await db.source.findUniqueOrThrow({ where: { id: source.id }, select: { archive: { select: { sha256: true } } } })).archive).toEqual(source.archive);
    const users = await db.user.count();
    for (const body of [{ email: `n-${RUN}@example.org`, name: "A\u0000B", role: "viewer" }, { email: `s-${RUN}@example.org`, name: "\udfff", role: "viewer" }, { email: `k-${RUN}@example.org`, name: "ok", role: "viewer", ["x\u0000"]: 1 }]) {
      const answer = await createUser(request("POST", "/api/editor/users", admin, body));
      expect(answer.status, JSON.stringify(body)).toBe(422);
      expect(Object.values((await answer.json()).error.fieldErrors)).toEqual(["invalidCharacters"]);
    }
    expect(await db.user.count()).toBe(users);
  });

  it("four editors saving one person at once: one saves, the others are told it changed (409), never a 500; without a version they save in turn", async () => {
    const { cookie } = await createStaff("editor");
    const person = await db.person.create({ data: { slug: `round3-${RUN}-person`, nameTh: "บุคคลทดสอบ", nameEn: `Test Person ${RUN}` } });
    const save = (n: number, version?: number) => personUpdate(request("POST", `/api/editor/people/${person.id}`, cookie, { input: { nameTh: `บุคคลทดสอบ ${n}`, nameEn: `Test Person ${RUN} ${n}`, nameJa: "" }, ...(version ? { version } : {}) }), params(person.id));
    const answers = await Promise.all([1, 2, 3, 4].map((n) => save(n, person.version)));
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409, 409, 409]);
    const after = await db.person.findUniqueOrThrow({ where: { id: person.id } });
    expect(after.version).toBe(person.version + 1);
    const unversioned = await Promise.all([5, 6, 7, 8].map((n) => save(n)));
    expect(unversioned.map((a) => a.status)).toEqual([200, 200, 200, 200]);
    expect((await db.person.findUniqueOrThrow({ where: { id: person.id } })).version).toBe(after.version + 4);
    await db.person.delete({ where: { id: person.id } });
  });
});

describe("guessing the current password (part 5)", () => {
  it("counts each wrong guess as a failed sign-in from that address, audits it, and refuses (429) past the limit, there and at sign-in", async () => {
    const { email, cookie } = await createStaff("viewer");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const client = `198.51.100.${30 + (Date.now() % 200)}`;
    const guess = (password: string) => ownPassword(request("POST", "/api/editor/account/password", cookie, { currentPassword: password, newPassword: "a-new-long-password-2" }, client));
    for (let n = 0; n < FAILED_SIGN_IN_LIMIT.max; n++) expect((await guess(`wrong-${n}`)).status).toBe(422);
    const refused = await guess(TEST_PASSWORD);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await signIn(email, TEST_PASSWORD, client)).status).toBe(429);
    const entries = await db.auditEntry.findMany({ where: { target: `user:${user.id}`, action: { startsWith: "account." } }, orderBy: { id: "asc" } });
    expect(entries.map((e) => [e.action, e.client])).toEqual([...Array.from({ length: FAILED_SIGN_IN_LIMIT.max }, () => ["account.wrong-current-password", client]), ["account.refused-locked", client]]);
    // Another address (the owner's own) is not refused.
    expect((await ownPassword(request("POST", "/api/editor/account/password", cookie, { currentPassword: TEST_PASSWORD, newPassword: "a-new-long-password-2" }, "203.0.113.77"))).status).toBe(200);
  });
});

describe("formulas in CSV exports (part 6)", () => {
  it("a cell beginning = + - @ is written with a leading ', in the audit log and the agreements export", async () => {
    const { cookie: admin } = await createStaff("admin");
    const evil = `=HYPERLINK("http://evil.example/${RUN}","x")@example.org`;
    await signIn(evil, "whatever");
    const audit = await (await auditCsv(request("GET", `/api/editor/audit?q=${encodeURIComponent(RUN)}`, admin))).text();
    expect(audit).toContain(`'${evil.toLowerCase()}`.replace(/"/g, '""'));
    expect(audit).not.toMatch(/(^|,)=HYPERLINK/im);

    const saved = await createAgreement(db, actor, { ...(await sampleInput(db, `round3-${RUN}-formula`)), titleEn: "=1+2", titleTh: "@SUM(A1)" });
    await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
    const csv = await new Response(agreementsCsvStream([saved.id], ORIGIN)).text();
    expect(csv).toContain("'=1+2");
    expect(csv).toContain("'@SUM(A1)");
  });
});

describe("the search vocabulary (part 7)", () => {
  it("holds the words of published public records only: a draft's or an internal record's words are not in it, and leave with an unpublished record", async () => {
    const word = `zorblax${RUN}`;
    const words = async () => (await db.searchWord.findMany({ where: { word: { startsWith: word } }, orderBy: { word: "asc" } })).map((w) => w.word);
    const draft = await createAgreement(db, actor, { ...(await sampleInput(db, `round3-${RUN}-vocab`)), summaryEn: `Secret project ${word}quint ${word}shared` });
    expect(await words()).toEqual([]);
    // A word another public record has too stays when this one leaves.
    const other = await createAgreement(db, actor, { ...(await sampleInput(db, `round3-${RUN}-vocab-other`)), summaryEn: `Open project ${word}shared` });
    await changePublication(db, actor, other.id, other.version, "PUBLISH");
    const internal = await createAgreement(db, actor, { ...(await sampleInput(db, `round3-${RUN}-vocab-internal`)), visibility: "INTERNAL", summaryEn: `Secret project ${word}quint` });
    await changePublication(db, actor, internal.id, internal.version, "PUBLISH");
    expect(await words()).toEqual([`${word}shared`]);
    const published = await changePublication(db, actor, draft.id, draft.version, "PUBLISH");
    expect(await words()).toEqual([`${word}quint`, `${word}shared`]);
    await changePublication(db, actor, draft.id, published.version, "UNPUBLISH");
    expect(await words()).toEqual([`${word}shared`]);
  });
});

describe("a reactivated account's calendar link (part 9)", () => {
  it("stops working at deactivation and does not work again after reactivation", async () => {
    const { cookie: admin } = await createStaff("admin");
    const { email } = await createStaff("editor");
    const user = await db.user.findUniqueOrThrow({ where: { email } });
    const token = await createCalendarToken(db, user.id);
    expect(await calendarTokenOwner(db, token)).toEqual({ userId: user.id });
    expect((await changeUser(request("POST", `/api/editor/users/${user.id}`, admin, { action: "deactivate" }), params(user.id))).status).toBe(200);
    expect((await changeUser(request("POST", `/api/editor/users/${user.id}`, admin, { action: "reactivate" }), params(user.id))).status).toBe(200);
    expect(await calendarTokenOwner(db, token)).toBeNull();
  });
});
