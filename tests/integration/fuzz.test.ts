// Fuzzing the real handlers on the real database (issue 12, part 2): over
// 10,000 generated requests (with the browser suite's generated page
// addresses, tests/e2e/fuzz.spec.ts) to every read-API parameter, the
// exports, every staff write endpoint and the editor's input schema. None may
// answer 5xx; a refused write stores nothing, an accepted one stores a record
// that loads back and passes the form's rules; every field error is a message
// the form has in Thai and in English.
// Each property runs with a fixed seed (the same cases every run) and with a
// fresh random seed (new cases every run); fast-check prints the seed and the
// path of a failure, and FUZZ_SEED=<seed> replays it.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as restore } from "@/app/api/editor/agreements/[id]/restore/route";
import { POST as publication } from "@/app/api/editor/agreements/[id]/publication/route";
import { PUT as update } from "@/app/api/editor/agreements/[id]/route";
import { POST as create } from "@/app/api/editor/agreements/route";
import { POST as calendarToken } from "@/app/api/editor/calendar-token/route";
import { POST as reminders } from "@/app/api/editor/reminders/route";
import { POST as sourceUpdate } from "@/app/api/editor/sources/[id]/route";
import { POST as sourceArchive } from "@/app/api/editor/sources/[id]/archive/route";
import { POST as organizationUpdate } from "@/app/api/editor/organizations/[id]/route";
import { POST as personUpdate } from "@/app/api/editor/people/[id]/route";
import { POST as personMerge } from "@/app/api/editor/people/[id]/merge/route";
import { POST as scopeAreaUpdate } from "@/app/api/editor/scope-areas/[id]/route";
import { POST as scopeAreaMerge } from "@/app/api/editor/scope-areas/[id]/merge/route";
import { POST as createUser } from "@/app/api/editor/users/route";
import { GET as authGet, POST as authPost } from "@/app/api/auth/[...all]/route";
import { POST as ownPassword } from "@/app/api/editor/account/password/route";
import { POST as organizationMerge } from "@/app/api/editor/organizations/[id]/route";
import { POST as changeUser } from "@/app/api/editor/users/[id]/route";
import { GET as csvExport } from "@/app/api/v1/agreements.csv/route";
import { GET as jsonExport } from "@/app/api/v1/agreements.json/route";
import { GET as apiRecord } from "@/app/api/v1/agreements/[slug]/route";
import { GET as apiList } from "@/app/api/v1/agreements/route";
import { loadAgreementInput } from "@/lib/editor/snapshot";
import { agreementInputSchema } from "@/lib/editor/schema";
import en from "@/messages/en.json";
import th from "@/messages/th.json";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaff } from "../helpers/staff";

const FIXED_SEED = 20261129;
const RANDOM_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
const ORIGIN = "http://localhost:3000";
const RUN = Date.now().toString(36);
let requests = 0;
// Records this file created, whatever slug a generated value gave them: removed at the end,
// since the other files share the database and check every record in it.
const created: number[] = [];

/** Runs `property` numRuns times with the fixed seed, then numRuns times with the random one. */
async function check<T>(property: fc.IAsyncProperty<T>, numRuns: number) {
  await fc.assert(property, { seed: FIXED_SEED, numRuns });
  await fc.assert(property, { seed: RANDOM_SEED, numRuns });
}

// Values as an attacker sends them: any UTF-16 code unit (NUL and lone
// surrogates included), long strings, numbers past PostgreSQL's integers,
// injection strings, and JSON of every shape.
const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 30 }),
  fc.constantFrom("a\u0000b", "\ud800", "x\udc00y", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "a".repeat(5000), "ไซเบอร์\u0e48\u0e48\u0e48", "\u202eevil", "2558-13-40", "-1", "NaN", "1e309"),
);
const hostileNumber = fc.oneof(fc.integer(), fc.double(), fc.constantFrom(2_147_483_648, -2_147_483_649, Number.MAX_SAFE_INTEGER, 0, -1, 1e308));
const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { depthSize: "small" },
  hostileText,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.oneof(hostileText, hostileNumber, fc.constant(null)), { maxLength: 4 }),
  fc.dictionary(hostileText, fc.oneof(hostileText, hostileNumber), { maxKeys: 3 }),
);
const hostileBody = fc.oneof(hostileValue, fc.dictionary(fc.constantFrom("version", "action", "input", "revision", "email", "role", "name", "password", "language", "enabled", "userId", "file", "retrievedOn", "text", "mergeId", "currentPassword", "newPassword"), hostileValue, { maxKeys: 5 }));

let editor = "";
let admin = "";
let record: { id: number; version: number };

beforeAll(async () => {
  await seeded();
  [editor, admin] = await Promise.all([createStaff("editor"), createStaff("admin")]).then((s) => s.map((x) => x.cookie));
  // A draft of this run's own, for the writes that need a record.
  const response = await create(write("POST", "/api/editor/agreements", editor, { input: await sampleInput(db, `fuzz-${RUN}`) }));
  record = (await response.json()) as { id: number; version: number };
  created.push(record.id);
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { OR: [{ id: { in: created } }, { slug: { startsWith: "fuzz-" } }] } });
  await db.source.deleteMany({ where: { title: "Test press release", citations: { none: {} } } });
  console.log(`fuzz: ${requests} generated requests, seeds ${FIXED_SEED} and ${RANDOM_SEED}`);
});

function write(method: string, path: string, cookie: string, body: unknown, raw?: string): Request {
  requests++;
  return new Request(`${ORIGIN}${path}`, { method, headers: { "content-type": "application/json", origin: ORIGIN, cookie }, body: raw ?? JSON.stringify(body) });
}
const read = (url: URL) => {
  requests++;
  return new Request(url);
};
const params = <T extends string>(name: T, value: string) => ({ params: Promise.resolve({ [name]: value } as Record<T, string>) });

/** Every field error names a message its form shows in both languages (the record form's, the users page's, the reminder settings'). */
const NAMESPACES = { "Editor.errors": [th.Editor.errors, en.Editor.errors], "Editor.users": [th.Editor.users, en.Editor.users], "Editor.account": [th.Editor.account, en.Editor.account], Reminders: [th.Reminders, en.Reminders] } as const;
function expectMessagesInBothLanguages(fieldErrors: Record<string, string> | undefined, namespace: keyof typeof NAMESPACES = "Editor.errors") {
  const [thMessages, enMessages] = NAMESPACES[namespace];
  for (const key of Object.values(fieldErrors ?? {})) {
    expect(key in enMessages, `field error "${key}" in ${namespace}`).toBe(true);
    expect((thMessages as Record<string, string>)[key]).toBeTruthy();
    expect((enMessages as Record<string, string>)[key]).toBeTruthy();
  }
}

describe("the read API", () => {
  const names = fc.constantFrom("q", "status", "kind", "scope", "party", "year", "sort", "page", "limit", "lang", "unknown");

  it("any combination of list parameters, repeated or not, gives a page or a 400 that names one", async () => {
    await check(
      fc.asyncProperty(fc.array(fc.tuple(names, hostileText), { minLength: 1, maxLength: 4 }), async (pairs) => {
        const url = new URL(`${ORIGIN}/api/v1/agreements`);
        for (const [name, value] of pairs) url.searchParams.append(name, value);
        const response = await apiList(read(url));
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) expect(pairs.map(([n]) => n)).toContain((await response.json()).error.parameter);
      }),
      2500,
    );
  });

  it("any slug gives the record or a 404", async () => {
    await check(
      fc.asyncProperty(fc.oneof(hostileText, fc.constantFrom("moc-postal-services", "joint-statement-ict-2015")), async (slug) => {
        const response = await apiRecord(read(new URL(`${ORIGIN}/api/v1/agreements/x`)), params("slug", slug));
        expect([200, 404]).toContain(response.status);
      }),
      500,
    );
  });

  it("the CSV and JSON exports take any parameters: a file or a 400", async () => {
    await check(
      fc.asyncProperty(fc.constantFrom(csvExport, jsonExport), fc.array(fc.tuple(names, hostileText), { maxLength: 3 }), async (handler, pairs) => {
        const url = new URL(`${ORIGIN}/api/v1/agreements.csv`);
        for (const [name, value] of pairs) url.searchParams.append(name, value);
        const response = await handler(read(url));
        expect([200, 400]).toContain(response.status);
        await response.body?.cancel();
      }),
      300,
    );
  });
});

describe("every staff write endpoint", () => {
  // Each endpoint with any JSON body (or none, or not JSON), any id in its address.
  const endpoints = [
    { name: "create", namespace: "Editor.errors" as const, call: (body: string) => create(write("POST", "/api/editor/agreements", editor, null, body)) },
    { name: "update", namespace: "Editor.errors" as const, call: (body: string, id: string) => update(write("PUT", `/api/editor/agreements/${id}`, editor, null, body), params("id", id)) },
    { name: "publication", namespace: "Editor.errors" as const, call: (body: string, id: string) => publication(write("POST", `/api/editor/agreements/${id}/publication`, editor, null, body), params("id", id)) },
    { name: "restore", namespace: "Editor.errors" as const, call: (body: string, id: string) => restore(write("POST", `/api/editor/agreements/${id}/restore`, editor, null, body), params("id", id)) },
    { name: "users", namespace: "Editor.users" as const, call: (body: string) => createUser(write("POST", "/api/editor/users", admin, null, body)) },
    { name: "user", namespace: "Editor.users" as const, call: (body: string, id: string) => changeUser(write("POST", `/api/editor/users/${id}`, admin, null, body), params("id", id)) },
    { name: "reminders", namespace: "Reminders" as const, call: (body: string) => reminders(write("POST", "/api/editor/reminders", editor, null, body)) },
    { name: "calendar-token", namespace: "Editor.errors" as const, call: (body: string) => calendarToken(write("POST", "/api/editor/calendar-token", editor, null, body)) },
    { name: "source", namespace: "Editor.errors" as const, call: (body: string, id: string) => sourceUpdate(write("POST", `/api/editor/sources/${id}`, editor, null, body), params("id", id)) },
    { name: "source-archive", namespace: "Editor.errors" as const, call: (body: string, id: string) => sourceArchive(write("POST", `/api/editor/sources/${id}/archive`, editor, null, body), params("id", id)) },
    { name: "organization", namespace: "Editor.errors" as const, call: (body: string, id: string) => organizationUpdate(write("POST", `/api/editor/organizations/${id}`, editor, null, body), params("id", id)) },
    { name: "person", namespace: "Editor.errors" as const, call: (body: string, id: string) => personUpdate(write("POST", `/api/editor/people/${id}`, editor, null, body), params("id", id)) },
    { name: "person-merge", namespace: "Editor.errors" as const, call: (body: string, id: string) => personMerge(write("POST", `/api/editor/people/${id}/merge`, editor, null, body), params("id", id)) },
    { name: "scope-area", namespace: "Editor.errors" as const, call: (body: string, id: string) => scopeAreaUpdate(write("POST", `/api/editor/scope-areas/${id}`, editor, null, body), params("id", id)) },
    { name: "scope-area-merge", namespace: "Editor.errors" as const, call: (body: string, id: string) => scopeAreaMerge(write("POST", `/api/editor/scope-areas/${id}/merge`, editor, null, body), params("id", id)) },
    { name: "own-password", namespace: "Editor.account" as const, call: (body: string) => ownPassword(write("POST", "/api/editor/account/password", editor, null, body)) },
  ];

  it("answer any body with a 4xx (or do what it asks), never a 5xx, and store no record for a refusal", async () => {
    const ids = fc.oneof(fc.constantFrom(String(record.id), "0", "-1", "2147483648", "1e3", "abc", "", "\u0000"), hostileText);
    const bodies = fc.oneof(hostileBody.map((b) => JSON.stringify(b)), hostileText, fc.constant(""));
    await check(
      fc.asyncProperty(fc.constantFrom(...endpoints), bodies, ids, async (endpoint, body, id) => {
        const before = await db.agreement.count();
        const response = await endpoint.call(body, id);
        expect(response.status, `${endpoint.name} ${body.slice(0, 80)}`).toBeLessThan(500);
        if (response.status >= 400) {
          const answer = (await response.json()) as { error: { code: string; fieldErrors?: Record<string, string> } };
          expect(answer.error.code).toBeTruthy();
          expectMessagesInBothLanguages(answer.error.fieldErrors, endpoint.namespace);
          expect(await db.agreement.count()).toBe(before);
        }
      }),
      1000,
    );
  });
});

describe("the sign-in library's endpoints (issue 26)", () => {
  // Any path under /api/auth/, any method, any body: only sign-in and sign-out are served.
  const paths = fc.oneof(fc.constantFrom("sign-in/email", "sign-out", "change-password", "update-user", "get-session", "admin/create-user", "sign-up/email", "sign-in/email/", "SIGN-IN/email", "sign-in//email"), hostileText.map((t) => [...Buffer.from(t)].map((b) => `%${b.toString(16).padStart(2, "0")}`).join("")));
  const bodies = fc.oneof(
    fc.record({ email: fc.oneof(hostileText, fc.emailAddress()), password: hostileText }).map((b) => JSON.stringify(b)),
    hostileBody.map((b) => JSON.stringify(b)),
    hostileText,
  );

  it("answer any path and body with a 4xx or a sign-in's own answer, never a 5xx, and create no account", async () => {
    const users = await db.user.count();
    // A session of its own: a generated request may sign it out.
    const { cookie } = await createStaff("viewer");
    await check(
      fc.asyncProperty(paths, bodies, fc.constantFrom("GET", "POST"), async (path, body, method) => {
        requests++;
        const request = new Request(`${ORIGIN}/api/auth/${path}`, { method, headers: { "content-type": "application/json", origin: ORIGIN, cookie }, body: method === "POST" ? body : undefined });
        const response = await (method === "POST" ? authPost(request) : authGet(request));
        expect(response.status, `${method} ${path} ${body.slice(0, 80)}`).toBeLessThan(500);
        await response.body?.cancel();
      }),
      400,
    );
    expect(await db.user.count()).toBe(users + 1);
  });
});

describe("concurrent saves of one entity (issue 26)", () => {
  // Four saves at once of the same person or organization, each with a generated name and version: one at a time wins, never a 5xx.
  const names = fc.oneof(fc.constantFrom("ชื่อทดสอบ", "Test name", "高市早苗"), hostileText);
  it("answer 200, 409 or a field error, never a 5xx, and leave the entity loadable", async () => {
    const person = await db.person.create({ data: { slug: `fuzz-${RUN}-person`, nameTh: "บุคคลฟัซ", nameEn: `Fuzz Person ${RUN}` } });
    const organization = await db.organization.findFirstOrThrow({ where: { slug: "mdes" } });
    await check(
      fc.asyncProperty(fc.array(fc.tuple(names, names, fc.option(fc.integer({ min: -1, max: 30 }), { nil: undefined })), { minLength: 4, maxLength: 4 }), fc.boolean(), async (saves, onOrganization) => {
        const answers = await Promise.all(
          saves.map(([th, en, version]) => {
            requests++;
            if (onOrganization) {
              const body = JSON.stringify({ input: { nameTh: organization.nameTh, nameEn: organization.nameEn, nameJa: organization.nameJa ?? "", abbreviation: organization.abbreviation ?? "", countryCode: organization.countryCode, predecessorId: organization.predecessorId }, version });
              return organizationMerge(write("POST", `/api/editor/organizations/${organization.id}`, editor, null, body), params("id", String(organization.id)));
            }
            return personUpdate(write("POST", `/api/editor/people/${person.id}`, editor, { input: { nameTh: th, nameEn: en, nameJa: "" }, version }), params("id", String(person.id)));
          }),
        );
        for (const answer of answers) expect([200, 400, 409, 422]).toContain(answer.status);
        const stored = await db.person.findUniqueOrThrow({ where: { id: person.id } });
        expect(stored.nameTh.length).toBeGreaterThan(0);
      }),
      100,
    );
    await db.person.delete({ where: { id: person.id } });
  });
});

describe("the editor's input schema", () => {
  // A complete, valid record with one field (top level or inside a row) replaced by a generated value.
  const fields = fc.constantFrom(
    "slug", "kind", "titleTh", "titleEn", "summaryTh", "summaryEn", "originalLanguage", "legalNature", "visibility",
    "cabinetApprovalOn", "signedOn", "effectiveOn", "expiresOn", "termMonths", "automaticRenewal", "terminationNoticeMonths", "internalNote",
    "parties", "signatories", "scopeAreas", "events", "relations", "sources", "citations",
    "parties.0.organizationId", "parties.1.newOrganization", "signatories.0.party", "signatories.0.role", "signatories.1.nameTh",
    "scopeAreas.0.scopeAreaId", "sources.0.newSource", "sources.0.newSource.url", "sources.0.newSource.publishedOn", "citations.0.source", "citations.0.fact", "citations.0.row", "citations.0.quote",
  );

  function replaced(input: Record<string, unknown>, path: string, value: unknown): Record<string, unknown> {
    const copy = structuredClone(input);
    const keys = path.split(".");
    let node = copy as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[keys.at(-1)!] = value;
    return copy;
  }

  it("saves a record that loads back whole and valid, or refuses it with messages in both languages; never half-saved", async () => {
    const base = (await sampleInput(db, "fuzz-base")) as unknown as Record<string, unknown>;
    let n = 0;
    await check(
      fc.asyncProperty(fields, hostileValue, async (field, value) => {
        n++;
        const input = replaced({ ...base, slug: `fuzz-${RUN}-${n}` }, field, value);
        const before = await db.agreement.count();
        const response = await create(write("POST", "/api/editor/agreements", editor, { input }));
        expect([201, 400, 422], `${field} = ${JSON.stringify(value)?.slice(0, 80)}`).toContain(response.status);
        const answer = (await response.json()) as { id: number; error?: { fieldErrors?: Record<string, string> } };
        if (response.status !== 201) {
          expectMessagesInBothLanguages(answer.error?.fieldErrors);
          expect(await db.agreement.count()).toBe(before);
          return;
        }
        created.push(answer.id);
        // Stored: it loads back as the form's input and passes the form's rules.
        const loaded = await loadAgreementInput(db, answer.id);
        expect(agreementInputSchema.safeParse(loaded?.input).success).toBe(true);
      }),
      1000,
    );
    // 2,000 generated saves: ~53 s on the embedded database with one random seed, past 60 s with another.
  }, 240_000);
});
