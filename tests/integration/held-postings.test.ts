// Searches by relevance from the sets held in memory (lib/search/held-postings.ts):
// the same counts and pages as the document index where a run fits one
// window, a window at a time (newest first) where it does not, and as fresh
// as the database when another connection changes the index.
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reindexAgreement } from "@/lib/search/index-agreement";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { RANK_BLOCK, RANK_WINDOW, searchAgreementPage } from "@/lib/search/query";
import { db, seeded } from "../helpers/db";

const PREFIX = "test-held-postings-";
const WORD = "numbatline";
const FEW = "bilbyterm";
const today = todayInBangkok();
let oldest = 0;
const titled: number[] = [];
const bodies: number[] = [];
const few: number[] = [];

async function make(slug: string, titleEn: string, summaryEn = "") {
  return db.$transaction(async (tx) => {
    const row = await tx.agreement.create({ data: { slug: PREFIX + slug, kind: "OTHER", titleTh: titleEn, titleEn, summaryEn, publicationState: "PUBLISHED" } });
    await reindexAgreement(tx, row.id);
    return row.id;
  });
}

const search = (q: string, limit: number, offset: number, held = true) => searchAgreementPage(db, q, {}, "relevance", "en", limit, offset, today, undefined, undefined, { held });

async function everyPage(q: string, size: number, held = true) {
  const ids: number[] = [];
  const totals = new Set<number>();
  for (let offset = 0; ; offset += size) {
    const page = await search(q, size, offset, held);
    totals.add(page.total);
    if (page.ids.length === 0) break;
    ids.push(...page.ids);
  }
  return { ids, totals: [...totals] };
}

beforeAll(async () => {
  await seeded();
  // The best title for the query (the word alone) is the oldest record.
  oldest = await make("oldest", WORD);
  titled.push(oldest);
  for (let n = 0; n < RANK_WINDOW + 30; n++) titled.push(await make(`titled-${n}`, `${WORD} accord number ${n} on shared matters${n < 5 ? ` ${FEW}` : ""}`));
  few.push(...titled.slice(1, 6));
  for (let n = 0; n < 10; n++) bodies.push(await make(`body-${n}`, `Cooperation note ${n}`, `The ${WORD} and ${FEW} programme.`));
  few.push(...bodies);
}, 180_000);

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { startsWith: PREFIX } } });
});

describe("searches from held sets", () => {
  it("count every match and page through each one once, titles holding the word first", async () => {
    const { ids, totals } = await everyPage(WORD, 20);
    expect(totals).toEqual([titled.length + bodies.length]);
    expect(ids).toHaveLength(titled.length + bodies.length);
    expect(new Set(ids.slice(0, titled.length))).toEqual(new Set(titled));
    expect(new Set(ids.slice(titled.length))).toEqual(new Set(bodies));
  });

  it("rank a run of more than RANK_WINDOW matches a window at a time, the newest window first", async () => {
    // The document index ranks all of them: the oldest record's title is the best.
    expect((await search(WORD, 20, 0, false)).ids[0]).toBe(oldest);
    // From held sets, the first page is the best of the newest RANK_WINDOW titled matches.
    const newest = new Set([...titled].sort((a, b) => b - a).slice(0, RANK_WINDOW));
    const first = await search(WORD, 20, 0);
    expect(first.total).toBe(titled.length + bodies.length);
    for (const id of first.ids) expect(newest.has(id), String(id)).toBe(true);
    // The oldest comes first in the next window.
    expect((await search(WORD, RANK_BLOCK, RANK_WINDOW)).ids[0]).toBe(oldest);
  });

  it("give the document index's pages where each run fits one window", async () => {
    for (const size of [7, 20]) {
      const held = await everyPage(FEW, size);
      const indexed = await everyPage(FEW, size, false);
      expect(held.ids, `size ${size}`).toEqual(indexed.ids);
      expect(held.totals).toEqual(indexed.totals);
      expect(new Set(held.ids)).toEqual(new Set(few));
    }
  });

  it("see a change another connection commits, at once", async () => {
    const before = await search(FEW, 20, 0);
    expect(before.total).toBe(few.length);
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      const [hidden, deleted] = [few[0]!, bodies[9]!];
      await other.query(`UPDATE "SearchDocument" SET "public" = false WHERE "agreementId" = $1`, [hidden]);
      const after = await search(FEW, 20, 0);
      expect(after.total).toBe(few.length - 1);
      expect(after.ids).not.toContain(hidden);
      await other.query(`UPDATE "SearchDocument" SET "public" = true WHERE "agreementId" = $1`, [hidden]);
      await other.query(`DELETE FROM "Agreement" WHERE "id" = $1`, [deleted]);
      const again = await search(FEW, 20, 0);
      expect(again.total).toBe(few.length - 1);
      expect(again.ids).toContain(hidden);
      expect(again.ids).not.toContain(deleted);
    } finally {
      await other.end();
    }
  });
});
