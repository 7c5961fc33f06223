// How a search's matches are ordered and paged (lib/search/query.ts): records
// holding the words in their title first, ranked on the title and re-ranked
// in blocks on their whole documents; then the records holding them
// elsewhere, a title holding some of the words first. Enough records that
// the pages cross a block's edge (RANK_BLOCK).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reindexAgreement } from "@/lib/search/index-agreement";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { RANK_BLOCK, searchAgreementPage } from "@/lib/search/query";
import { cardColumns, cardsOf, loadAgreementSummaries } from "@/lib/agreements/views";
import { db, seeded } from "../helpers/db";

const PREFIX = "test-search-ranking-";
const WORD = "quokkaplan";
const TITLED = 5 * RANK_BLOCK + 10;
const BODIES = 25;
const today = todayInBangkok();
const titled: number[] = [];
const bodies: number[] = [];
let echoed = 0;
let plain = 0;
const PART = "dingoplan";
const OTHER = "emuline";
let partial = 0;

async function make(slug: string, data: { titleEn: string; summaryEn?: string; kind?: "OTHER" | "JOINT_STATEMENT"; publicationState?: "PUBLISHED" | "DRAFT" }) {
  return db.$transaction(async (tx) => {
    const row = await tx.agreement.create({ data: { slug: PREFIX + slug, kind: data.kind ?? "OTHER", titleTh: data.titleEn, titleEn: data.titleEn, summaryEn: data.summaryEn, publicationState: data.publicationState ?? "PUBLISHED" } });
    await reindexAgreement(tx, row.id);
    return row.id;
  });
}

const search = (limit: number | null, offset: number, kind?: string) => searchAgreementPage(db, WORD, { kind }, "relevance", "en", limit, offset, today);

beforeAll(async () => {
  await seeded();
  // Body-only matches whose summaries repeat the word: ranked on whole documents alone, they came first.
  for (let n = 0; n < BODIES; n++) bodies.push(await make(`body-${n}`, { titleEn: `Cooperation note ${n}`, summaryEn: Array.from({ length: 40 }, () => WORD).join(" "), kind: n % 2 ? "JOINT_STATEMENT" : "OTHER" }));
  // Two titled alike but for a mention in the summary, the plain one made first (a lower id wins a tie).
  plain = await make("plain", { titleEn: `Framework ${WORD} arrangement` });
  echoed = await make("echoed", { titleEn: `Framework ${WORD} arrangement`, summaryEn: `The ${WORD} framework was renewed.` });
  titled.push(plain, echoed);
  for (let n = titled.length; n < TITLED; n++) titled.push(await make(`titled-${n}`, { titleEn: `${WORD} accord number ${n} on ${"shared ".repeat(n % 7)}matters`, kind: n % 2 ? "JOINT_STATEMENT" : "OTHER" }));
  await make("draft", { titleEn: `${WORD} draft accord`, publicationState: "DRAFT" });
  // More records holding both words only in their text than a block, made before the one whose title holds one of them.
  for (let n = 0; n < RANK_BLOCK + 2; n++) await make(`none-${n}`, { titleEn: `Working note ${n}`, summaryEn: `${PART} ${OTHER}` });
  partial = await make("partial", { titleEn: `Report on the ${PART}`, summaryEn: OTHER });
}, 120_000);

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { startsWith: PREFIX } } });
});

describe("search ranking", () => {
  it("puts every record holding the words in its title before those holding them only in their text, and counts both", async () => {
    const all = await search(null, 0);
    expect(all.total).toBe(TITLED + BODIES);
    expect(all.ids).toHaveLength(TITLED + BODIES);
    expect(new Set(all.ids.slice(0, TITLED))).toEqual(new Set(titled));
    expect(new Set(all.ids.slice(TITLED))).toEqual(new Set(bodies));
  });

  it("puts a title holding one of the words before titles holding none, from held sets and from the index", async () => {
    for (const held of [true, false]) {
      const page = await searchAgreementPage(db, `${PART} ${OTHER}`, {}, "relevance", "en", 20, 0, today, undefined, undefined, { held });
      expect(page.total, String(held)).toBe(RANK_BLOCK + 3);
      // In the first block (its order is the whole documents', where the others' words stand side by side).
      expect(page.ids, String(held)).toContain(partial);
    }
  });

  it("ranks a titled record whose text also names the words above one alike that does not", async () => {
    const { ids } = await search(null, 0);
    expect(ids.indexOf(echoed)).toBeLessThan(ids.indexOf(plain));
  });

  it("pages through the same order at any page size, across the edge of a block and into the other matches", async () => {
    const all = (await search(null, 0)).ids;
    for (const size of [20, 7, RANK_BLOCK]) {
      const paged: number[] = [];
      for (let offset = 0; offset < all.length; offset += size) {
        const page = await search(size, offset);
        expect(page.total, `size ${size}, offset ${offset}`).toBe(all.length);
        paged.push(...page.ids);
      }
      expect(paged, `size ${size}`).toEqual(all);
    }
    // Past the last match: nothing, and still the count.
    const past = await search(20, all.length + 40);
    expect([past.ids, past.total]).toEqual([[], all.length]);
  });

  it("reads the passages to highlight with the page, titled and others alike", async () => {
    const page = await search(20, TITLED - 10);
    expect(page.ids).toHaveLength(20);
    expect([...page.passages!.keys()]).toEqual(page.ids);
    for (const id of page.ids) expect(page.passages!.get(id)!.some((p) => p.text.includes(WORD)), String(id)).toBe(true);
  });

  it("reads a page's cards with the page, the same as cards loaded by id, titled and others alike, with or without a filter", async () => {
    // Ten titled and ten others each time (the joint statements: 54 titled, 12 others).
    for (const [kind, offset] of [[undefined, TITLED - 10], ["JOINT_STATEMENT", 44]] as const) {
      const page = await searchAgreementPage(db, WORD, { kind }, "relevance", "en", 20, offset, today, undefined, cardColumns(today));
      expect(page.ids.length, String(kind)).toBe(20);
      expect(page.ids.filter((id) => titled.includes(id)), String(kind)).toHaveLength(10);
      const loaded = await loadAgreementSummaries(page.ids, today);
      expect(loaded.map((c) => c.id)).toEqual(page.ids);
      expect(cardsOf(page.ids, page.cards!, today), String(kind)).toEqual(loaded);
    }
  });

  it("keeps the order and the count with a filter", async () => {
    const all = (await search(null, 0)).ids;
    const kinds = new Map((await db.agreement.findMany({ where: { id: { in: all } }, select: { id: true, kind: true } })).map((r) => [r.id, r.kind]));
    const filtered = await search(null, 0, "JOINT_STATEMENT");
    const expected = all.filter((id) => kinds.get(id) === "JOINT_STATEMENT");
    expect(filtered.total).toBe(expected.length);
    // Blocks are cut among the filtered titled, so only the split and the members are the same.
    expect(new Set(filtered.ids)).toEqual(new Set(expected));
    const headsFiltered = expected.filter((id) => titled.includes(id)).length;
    expect(new Set(filtered.ids.slice(0, headsFiltered))).toEqual(new Set(titled.filter((id) => kinds.get(id) === "JOINT_STATEMENT")));
    const second = await search(10, 10, "JOINT_STATEMENT");
    expect(second.ids).toEqual(filtered.ids.slice(10, 20));
  });
});
