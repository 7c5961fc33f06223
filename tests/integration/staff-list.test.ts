// The staff record list (issue 14, part 6): a page of 50 at a time, counted
// and filtered in SQL (publication state, visibility, text), whatever the
// registry's size.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as create } from "@/app/api/editor/agreements/route";
import { listStaffAgreements, STAFF_PAGE_SIZE } from "@/lib/editor/queries";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaff } from "../helpers/staff";

const RUN = `stafflist-${Date.now().toString(36)}`;
const ORIGIN = "http://registry.test";

beforeAll(async () => {
  await seeded();
  const { cookie } = await createStaff("editor");
  // 52 drafts: the first two internal.
  for (let i = 0; i < STAFF_PAGE_SIZE + 2; i++) {
    const input = { ...(await sampleInput(db, `${RUN}-${i}`)), visibility: i < 2 ? ("INTERNAL" as const) : ("PUBLIC" as const) };
    const response = await create(new Request(`${ORIGIN}/api/editor/agreements`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN, host: "registry.test", cookie }, body: JSON.stringify({ input }) }));
    expect(response.status).toBe(201);
  }
});
afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { startsWith: RUN } } });
});

describe("the staff record list", () => {
  it("shows 50 records a page, newest change first, and says how many match", async () => {
    const first = await listStaffAgreements({ q: RUN });
    expect([first.total, first.pages, first.rows.length]).toEqual([52, 2, 50]);
    expect(first.rows[0]!.slug).toBe(`${RUN}-51`);
    const second = await listStaffAgreements({ q: RUN, page: 2 });
    expect(second.rows.map((r) => r.slug)).toEqual([`${RUN}-1`, `${RUN}-0`]);
    expect((await listStaffAgreements({ q: RUN, page: 3 })).rows).toEqual([]);
  });

  it("filters by visibility and publication state together with the text", async () => {
    const internal = await listStaffAgreements({ q: RUN, visibility: "INTERNAL" });
    expect(internal.rows.map((r) => r.slug).sort()).toEqual([`${RUN}-0`, `${RUN}-1`]);
    expect((await listStaffAgreements({ q: RUN, visibility: "PUBLIC", state: "DRAFT" })).total).toBe(50);
    expect((await listStaffAgreements({ q: RUN, state: "PUBLISHED" })).total).toBe(0);
  });
});
