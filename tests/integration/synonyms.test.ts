// Search synonyms editors keep (issue 28): added and removed through the
// write gate (editors only, audited), refused with a field error when a set
// has fewer than two terms or a term without letters, and used by the next
// search ("จดหมาย" finds the postal MoCs once it is a synonym of ไปรษณีย์).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST } from "@/app/api/editor/synonyms/route";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { searchAgreementPage } from "@/lib/search/query";
import { db, seeded } from "../helpers/db";
import { createStaff } from "../helpers/staff";

const ORIGIN = "http://registry.test";
const post = (cookie: string, body: unknown) =>
  POST(new Request(`${ORIGIN}/api/editor/synonyms`, { method: "POST", headers: { "content-type": "application/json", origin: ORIGIN, host: "registry.test", cookie }, body: JSON.stringify(body) }));
const found = async (q: string) => (await searchAgreementPage(db, q, {}, "relevance", "th", 10, 0, todayInBangkok())).total;
let editor = "";
let viewer = "";
const made: number[] = [];

beforeAll(async () => {
  await seeded();
  editor = (await createStaff("editor")).cookie;
  viewer = (await createStaff("viewer")).cookie;
});

afterAll(async () => {
  await db.searchSynonym.deleteMany({ where: { id: { in: made } } });
});

describe("POST /api/editor/synonyms", () => {
  it("ships the sets readers need: MoC, AI, 5G, 郵便 among them", async () => {
    const sets = (await db.searchSynonym.findMany()).map((s) => s.terms);
    for (const term of ["moc", "ai", "5g", "郵便", "ict"]) expect(sets.some((terms) => terms.includes(term)), term).toBe(true);
  });

  it("adds a set an editor writes, normalized, audited, used by the next search; removes it again", async () => {
    expect(await found("จดหมายเหตุ")).toBe(0);
    const response = await post(editor, { action: "add", input: { terms: ["  จดหมายเหตุ ", "ไปรษณีย์", "ไปรษณีย์"] } });
    expect(response.status).toBe(201);
    const set = await response.json();
    made.push(set.id);
    expect(set.terms).toEqual(["จดหมายเหตุ", "ไปรษณีย์"]);
    expect(await found("จดหมายเหตุ")).toBeGreaterThanOrEqual(2);
    expect(await db.auditEntry.count({ where: { action: "synonyms.add", target: `synonyms:${set.id}` } })).toBe(1);
    const removed = await post(editor, { action: "delete", id: set.id });
    expect(removed.status).toBe(200);
    expect(await found("จดหมายเหตุ")).toBe(0);
    expect((await post(editor, { action: "delete", id: set.id })).status).toBe(404);
  });

  it("refuses a set of one term, or a term with no letters, with the field's message key; a viewer may not write", async () => {
    const one = await post(editor, { action: "add", input: { terms: ["MoC", "moc"] } });
    expect(one.status).toBe(422);
    expect((await one.json()).error.fieldErrors).toEqual({ terms: "twoTerms" });
    const punctuation = await post(editor, { action: "add", input: { terms: ["ok", "?!"] } });
    expect(punctuation.status).toBe(422);
    expect((await punctuation.json()).error.fieldErrors).toEqual({ "terms.1": "termNoWords" });
    const nul = await post(editor, { action: "add", input: { terms: ["a\u0000b", "c"] } });
    expect(nul.status).toBe(422);
    expect((await post(viewer, { action: "add", input: { terms: ["x", "y"] } })).status).toBe(403);
    expect((await post(editor, { action: "rename" })).status).toBe(400);
  });
});
