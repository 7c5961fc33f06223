import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { reindexAgreement } from "@/lib/search/index-agreement";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { searchAgreementPage } from "@/lib/search/query";
import { db, seeded } from "../helpers/db";

// Every match, best first.
const search = async (q: string) => (await searchAgreementPage(db, q, {}, "relevance", "en", null, 0, todayInBangkok())).ids;

const slugsFor = async (q: string) => {
  const ids = await search(q);
  const rows = await db.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true } });
  const slugOf = new Map(rows.map((r) => [r.id, r.slug]));
  return ids.map((id) => slugOf.get(id)!);
};

const TEMP = "test-search-temporary";

beforeAll(async () => {
  await seeded();
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: TEMP } });
});

describe("search", () => {
  it("finds a Thai word inside an unspaced Thai phrase: ไซเบอร์ in ความมั่นคงปลอดภัยทางไซเบอร์", async () => {
    const slugs = await slugsFor("ไซเบอร์");
    expect(slugs).toEqual(expect.arrayContaining(["joint-statement-ict-2015", "moc-ict-digital-2017", "moc-ict-digital-2022"]));
    expect(slugs).not.toContain("depa-mic-moc-digital-innovation-2022");
  });

  it("finds the postal cooperation by ไปรษณีย์ and by 'postal', the two postal MoCs first", async () => {
    for (const q of ["ไปรษณีย์", "postal"]) {
      const slugs = await slugsFor(q);
      expect(slugs.slice(0, 2).sort(), q).toEqual(["moc-postal-2021", "moc-postal-services"]);
    }
  });

  it("sorts the same matches by title, newest or oldest, a page at a time, with the same total", async () => {
    const today = todayInBangkok();
    const all = await searchAgreementPage(db, "MIC", {}, "relevance", "en", null, 0, today);
    expect(all.ids.length).toBeGreaterThan(2);
    const rows = await db.agreement.findMany({ where: { id: { in: all.ids } }, select: { id: true, titleEn: true, referenceOn: true, slug: true } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    const collator = new Intl.Collator("en");
    const pages = async (sort: "title" | "newest" | "oldest") => {
      const ids: number[] = [];
      for (let offset = 0; offset < all.ids.length; offset += 2) {
        const page = await searchAgreementPage(db, "MIC", {}, sort, "en", 2, offset, today);
        expect(page.total, sort).toBe(all.total);
        ids.push(...page.ids);
      }
      return ids.map((id) => byId.get(id)!);
    };
    const byTitle = await pages("title");
    expect(byTitle.map((r) => r.id).sort()).toEqual([...all.ids].sort());
    expect(byTitle.map((r) => r.titleEn)).toEqual(byTitle.map((r) => r.titleEn).sort(collator.compare));
    const time = (r: { referenceOn: Date | null }) => r.referenceOn?.getTime() ?? null;
    const newest = (await pages("newest")).map(time);
    expect(newest.filter((t) => t !== null)).toEqual(newest.filter((t) => t !== null).sort((x, y) => y! - x!));
    const oldest = (await pages("oldest")).map(time);
    expect(oldest.filter((t) => t !== null)).toEqual(oldest.filter((t) => t !== null).sort((x, y) => x! - y!));
  });

  it("finds Japanese words in the Japanese passages the records quote: 郵便 and 総務審議官", async () => {
    // ICU's word segmenter splits Japanese too (by dictionary), at index and query time alike.
    expect(await slugsFor("郵便")).toEqual(expect.arrayContaining(["moc-postal-services", "moc-postal-2021"]));
    expect(await slugsFor("総務審議官")).toEqual(expect.arrayContaining(["moc-ict-digital-2022", "mic-nbtc-moc-2016", "moc-postal-services"]));
  });

  it("tolerates a typo in a Latin name: Takaichi and Takaici both find the 2015 Joint Statement first, and the same records", async () => {
    const exact = await slugsFor("Takaichi");
    expect(exact[0]).toBe("joint-statement-ict-2015");
    expect(await slugsFor("Takaici")).toEqual(exact);
  });

  it("ranks a title hit above a hit in a quoted passage", async () => {
    const hits = await search("depa");
    const rows = await db.agreement.findMany({ where: { id: { in: hits } }, select: { id: true, slug: true } });
    expect(rows.find((r) => r.id === hits[0])!.slug).toBe("depa-mic-moc-digital-innovation-2022");
  });

  it("finds longer words by their beginning, in Latin and Thai letters", async () => {
    expect(await slugsFor("postal")).toEqual(expect.arrayContaining(["moc-postal-2021", "moc-postal-services"]));
    expect((await slugsFor("posta")).sort()).toEqual((await slugsFor("postal")).sort());
    expect(await slugsFor("ไปรษณ")).toEqual(expect.arrayContaining(["moc-postal-2021", "moc-postal-services"]));
  });

  it("takes a known word before the last as written: 'Thailand cyber' finds cybersecurity, 'cyber Thailand' only cyber", async () => {
    // "cyber" is a word of the 2015 Joint Statement; the NBTC instruments say "cybersecurity" only.
    const last = await slugsFor("Thailand cyber");
    expect(last).toEqual(expect.arrayContaining(["joint-statement-ict-2015", "mic-nbtc-moc-2016", "joint-press-statement-nbtc-2015"]));
    expect(await slugsFor("cyber Thailand")).toEqual(["joint-statement-ict-2015"]);
    // A word the index does not hold whole may be unfinished anywhere in the query.
    expect((await slugsFor("cybersec Thailand")).sort()).toEqual((await slugsFor("cybersecurity Thailand")).sort());
  });

  it("finds nothing for words no record contains, and for an empty query", async () => {
    expect(await slugsFor("blockchain quantum")).toEqual([]);
    expect(await slugsFor("  ?! ")).toEqual([]);
  });

  it("sees a save at once when the index is rewritten in the save's transaction, and never a draft", async () => {
    const created = await db.$transaction(async (tx) => {
      const row = await tx.agreement.create({
        data: { slug: TEMP, kind: "OTHER", titleTh: "บันทึกความร่วมมือด้านดาวเทียม", titleEn: "Satellite cooperation memo", publicationState: "DRAFT", internalNote: "zyxwvqj" },
      });
      await reindexAgreement(tx, row.id);
      return row;
    });
    expect(await slugsFor("ดาวเทียม")).toEqual([]);
    await db.$transaction(async (tx) => {
      await tx.agreement.update({ where: { id: created.id }, data: { publicationState: "PUBLISHED", titleEn: "Space and satellite cooperation memo" } });
      await reindexAgreement(tx, created.id);
    });
    expect(await slugsFor("ดาวเทียม")).toEqual([TEMP]);
    expect(await slugsFor("space")).toContain(TEMP);
    // The internal note is not searchable.
    expect(await slugsFor("zyxwvqj")).toEqual([]);
  });
});
