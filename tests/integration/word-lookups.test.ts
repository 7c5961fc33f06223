// The query words' lookups a search keeps for a moment
// (lib/search/word-lookups.ts): kept after a search, and dropped when the
// vocabulary or the synonyms change here, when a cache tag expires (a save
// here or on another instance), or after TTL_MS; a lookup read while
// something changed is not kept.
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { reindexAgreement } from "@/lib/search/index-agreement";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { searchAgreementPage } from "@/lib/search/query";
import { addSynonyms, deleteSynonyms } from "@/lib/search/synonyms";
import { heldLookup, holdLookup, lookupStamp, vocabularyChanged } from "@/lib/search/word-lookups";
import { TTL_MS } from "@/lib/server/front-cache.mjs";
import { noteExpired } from "@/lib/server/local-expirations.mjs";
import { db, seeded } from "../helpers/db";

const SLUG = "test-word-lookups";
const WORD = "wombatflux";
const total = async (q: string) => (await searchAgreementPage(db, q, {}, "relevance", "en", 10, 0, todayInBangkok())).total;
// prepareQuery's key: "+" for a word that may stand for longer ones.
const KEY = `+${WORD}`;

beforeAll(async () => {
  await seeded();
});

afterEach(() => {
  vi.useRealTimers();
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: SLUG } });
});

describe("query words' lookups kept for a moment", () => {
  it("keeps a word's lookup after a search, and drops it when a save puts the word in the vocabulary", async () => {
    expect(await total(WORD)).toBe(0);
    expect(heldLookup(KEY)).toEqual({ known: false, synonyms: [], begins: false, inside: [] });
    await db.$transaction(async (tx) => {
      const row = await tx.agreement.create({ data: { slug: SLUG, kind: "OTHER", titleTh: `บันทึก ${WORD}`, titleEn: `A ${WORD} memo`, publicationState: "PUBLISHED" } });
      await reindexAgreement(tx, row.id);
    });
    expect(heldLookup(KEY)).toBeUndefined();
    expect(await total(WORD)).toBe(1);
    expect(heldLookup(KEY)?.known).toBe(true);
    // Unpublished, the word leaves the vocabulary: the next search finds nothing.
    await db.$transaction(async (tx) => {
      const row = await tx.agreement.update({ where: { slug: SLUG }, data: { publicationState: "DRAFT" } });
      await reindexAgreement(tx, row.id);
    });
    expect(heldLookup(KEY)).toBeUndefined();
    expect(await total(WORD)).toBe(0);
  });

  it("drops the lookups when the synonyms change", async () => {
    await total("postal");
    expect(heldLookup("+postal")).toBeDefined();
    const set = await addSynonyms(db, ["postal", WORD]);
    try {
      expect(heldLookup("+postal")).toBeUndefined();
      await total("postal");
      expect(heldLookup("+postal")?.synonyms).toContain(WORD);
    } finally {
      await deleteSynonyms(db, set.id);
    }
    expect(heldLookup("+postal")).toBeUndefined();
  });

  it("drops them when a cache tag expires (a save here, or one another instance announced) and after TTL_MS", async () => {
    await total("postal");
    expect(heldLookup("+postal")).toBeDefined();
    noteExpired(["agreements"], Date.now());
    expect(heldLookup("+postal")).toBeUndefined();

    vi.useFakeTimers({ toFake: ["Date"] });
    await total("postal");
    vi.setSystemTime(Date.now() + TTL_MS - 1);
    expect(heldLookup("+postal")).toBeDefined();
    vi.setSystemTime(Date.now() + 1);
    expect(heldLookup("+postal")).toBeUndefined();
  });

  it("does not keep a lookup read while the vocabulary changed", () => {
    const lookup = { known: true, synonyms: [], begins: false, inside: [] };
    const stamp = lookupStamp();
    vocabularyChanged();
    holdLookup("+racing", lookup, stamp);
    expect(heldLookup("+racing")).toBeUndefined();
    holdLookup("+racing", lookup, lookupStamp());
    expect(heldLookup("+racing")).toEqual(lookup);
  });
});
