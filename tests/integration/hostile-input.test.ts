// Hostile input never gives a 5xx (issue 12, part 2): generated slugs, keys
// and ids in addresses, and generated text in an editor's save, against the
// real handlers on the real database. fast-check with a fixed seed, so a
// failure is reproduced by the same run; the seed is printed on failure.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { PUT as saveAgreement } from "@/app/api/editor/agreements/[id]/route";
import { POST as createAgreement } from "@/app/api/editor/agreements/route";
import { GET as apiRecord } from "@/app/api/v1/agreements/[slug]/route";
import { GET as apiList } from "@/app/api/v1/agreements/route";
import { findRenamedSlug, getPublicAgreement } from "@/lib/agreements/queries";
import { getOrganization } from "@/lib/organizations/queries";
import { getScopeArea } from "@/lib/scope-areas/queries";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaff } from "../helpers/staff";

const SEED = 20261128;
const ORIGIN = "http://localhost:3000";
// Strings as an attacker sends them: any UTF-16 code unit (NUL and lone
// surrogates included), long ones, and the classic payloads.
const hostile = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 40 }),
  fc.constantFrom("a\u0000b", "\ud800", "x\udc00y", "' OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "a".repeat(5000), "ไซเบอร์\u0e48\u0e48\u0e48", "\u202eevil"),
);
const hugeId = fc.oneof(fc.integer({ min: 2_147_483_648, max: Number.MAX_SAFE_INTEGER }), fc.constantFrom(2_147_483_648, 9_999_999_999));

let cookie = "";
let existing: { id: number; version: number };

beforeAll(async () => {
  await seeded();
  ({ cookie } = await createStaff("editor"));
  const row = await db.agreement.findFirstOrThrow({ where: { slug: "moc-postal-services" }, select: { id: true, version: true } });
  existing = row;
});

const write = (method: string, path: string, body: unknown) =>
  new Request(`${ORIGIN}${path}`, { method, headers: { "content-type": "application/json", origin: ORIGIN, cookie }, body: JSON.stringify(body) });

describe("addresses", () => {
  it("a record, organization, scope area or old slug named by any string is found or not, never an error", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (slug) => {
        expect(await getPublicAgreement(slug)).toBeNull();
        expect(await findRenamedSlug(slug)).toBeNull();
        expect(await getOrganization(slug)).toBeNull();
        expect(await getScopeArea(slug)).toBeNull();
        const response = await apiRecord(new Request(`${ORIGIN}/api/v1/agreements/x`), { params: Promise.resolve({ slug }) });
        expect(response.status).toBe(404);
      }),
      { seed: SEED, numRuns: 150 },
    );
  });

  it("any list parameter gives a page or a 400 that names it", async () => {
    const names = fc.constantFrom("q", "status", "kind", "scope", "party", "year", "sort", "page", "limit", "lang", "nonsense");
    await fc.assert(
      fc.asyncProperty(names, hostile, async (name, value) => {
        const url = new URL(`${ORIGIN}/api/v1/agreements`);
        url.searchParams.set(name, value);
        const response = await apiList(new Request(url));
        expect([200, 400]).toContain(response.status);
        if (response.status === 400) expect((await response.json()).error.parameter).toBe(name);
      }),
      { seed: SEED, numRuns: 200 },
    );
  });
});

describe("an editor's writes", () => {
  it("an id past PostgreSQL's integers, in the address or the body, is a 404 or a 422, not a 500", async () => {
    await fc.assert(
      fc.asyncProperty(hugeId, async (big) => {
        const inAddress = await saveAgreement(write("PUT", `/api/editor/agreements/${big}`, { version: 1, input: {} }), { params: Promise.resolve({ id: String(big) }) });
        expect(inAddress.status).toBe(404);
        const input = await sampleInput(db, "never-saved");
        const inBody = await createAgreement(write("POST", "/api/editor/agreements", { input: { ...input, parties: [{ organizationId: big, newOrganization: null }, input.parties[1]] } }));
        expect(inBody.status).toBe(422);
        const asVersion = await saveAgreement(write("PUT", `/api/editor/agreements/${existing.id}`, { version: big, input }), { params: Promise.resolve({ id: String(existing.id) }) });
        expect(asVersion.status).toBe(400);
      }),
      { seed: SEED, numRuns: 10 },
    );
  });

  it("any text in a field is saved as typed or refused with a message; nothing half-saved", async () => {
    const before = await db.agreement.count();
    let saved = 0;
    await fc.assert(
      fc.asyncProperty(hostile, fc.constantFrom("titleEn", "summaryTh", "internalNote"), async (value, field) => {
        const input = { ...(await sampleInput(db, `hostile-${saved + 1}-${Date.now().toString(36)}`)), [field]: value };
        const response = await createAgreement(write("POST", "/api/editor/agreements", { input }));
        expect([201, 422]).toContain(response.status);
        if (response.status === 422) {
          expect(Object.keys((await response.json()).error.fieldErrors ?? {})).not.toHaveLength(0);
          return;
        }
        saved++;
        const { id } = (await response.json()) as { id: number };
        const row = await db.agreement.findUniqueOrThrow({ where: { id } });
        // An empty optional text is stored as "not stated" (NULL).
        expect(row[field as "titleEn" | "summaryTh" | "internalNote"] ?? "").toBe(value.trim());
      }),
      { seed: SEED, numRuns: 40 },
    );
    expect(await db.agreement.count()).toBe(before + saved);
    await db.agreement.deleteMany({ where: { slug: { startsWith: "hostile-" } } });
  });
});
