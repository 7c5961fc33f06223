// Lists done in SQL: the status periods written at each save agree with the
// lifecycle computed from the record; filters, title order in Thai, paging,
// feeds and the sitemap index hold at more records than the curated five.
import { XMLParser } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as list } from "@/app/api/v1/agreements/route";
import { refreshDerived } from "@/lib/agreements/derived";
import { latestUpdatedIds, listingPage, statusCounts } from "@/lib/agreements/listing";
import { agreementInclude } from "@/lib/agreements/queries";
import { lifecycleOf } from "@/lib/agreements/serialize";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { createAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import { sitemapPartXml, sitemapXml } from "@/lib/sitemap/sitemap";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaffActor } from "../helpers/staff";
import type { Staff } from "@/lib/auth/session";

const RUN = Date.now().toString(36);
const BULK = 60;
let actor: Staff;
const get = async (query: string) => (await list(new Request(`http://test/api/v1/agreements${query}`))).json();
const parser = new XMLParser({ ignoreAttributes: false });

beforeAll(async () => {
  await seeded();
  actor = await createStaffActor("editor");
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
  await db.source.deleteMany({ where: { title: "Test press release", citations: { none: {} } } });
});

describe("status periods", () => {
  it("give every seeded record, on every first of the month from 2014 to 2030, the status its lifecycle gives", async () => {
    const rows = await db.agreement.findMany({ where: { slug: { not: { endsWith: `-${RUN}` } } }, include: { ...agreementInclude, statusPeriods: true } });
    expect(rows.length).toBeGreaterThanOrEqual(5);
    let checked = 0;
    for (const row of rows) {
      for (let y = 2014; y <= 2030; y++) {
        for (let m = 1; m <= 12; m++) {
          const day = `${y}-${String(m).padStart(2, "0")}-01`;
          const at = new Date(`${day}T00:00:00Z`);
          const period = row.statusPeriods.filter((p) => (!p.startsOn || p.startsOn <= at) && (!p.endsBefore || p.endsBefore > at));
          expect(period, `${row.slug} on ${day}`).toHaveLength(1);
          const expected = lifecycleOf({ ...row, publicationState: "PUBLISHED" }, day);
          expect(`${row.slug} ${day} ${period[0]!.status}/${period[0]!.basis}`).toBe(`${row.slug} ${day} ${expected.status}/${expected.basis}`);
          checked++;
        }
      }
    }
    expect(checked).toBe(rows.length * 17 * 12);
  });

  it("are rewritten when a save changes a record's dates, and a successor's signature supersedes its predecessor", async () => {
    const predecessor = await createAgreement(db, actor, { ...(await sampleInput(db, `old-${RUN}`)), signedOn: "2020-01-15", effectiveOn: "2020-01-15", termMonths: "" });
    await changePublication(db, actor, predecessor.id, predecessor.version, "PUBLISH");
    const inEffect = async (id: number) => (await listingPage(db, { status: "in_effect" }, "newest", "en", 1000, 0, todayInBangkok())).ids.includes(id);
    expect(await inEffect(predecessor.id)).toBe(true);
    const successor = await createAgreement(db, actor, {
      ...(await sampleInput(db, `new-${RUN}`)),
      signedOn: "2024-06-01",
      relations: [{ agreementId: predecessor.id, type: "SUPERSEDES", noteTh: "", noteEn: "" }],
    });
    // A draft successor changes nothing the public sees (issue 26 part 2);
    // its publication does.
    expect(await inEffect(predecessor.id)).toBe(true);
    await changePublication(db, actor, successor.id, successor.version, "PUBLISH");
    expect(await inEffect(predecessor.id)).toBe(false);
    expect((await listingPage(db, { status: "superseded" }, "newest", "en", 1000, 0, todayInBangkok())).ids).toContain(predecessor.id);
    const before2024 = await db.agreementStatusPeriod.findFirstOrThrow({ where: { agreementId: predecessor.id, status: "superseded" } });
    expect(before2024.startsOn?.toISOString().slice(0, 10)).toBe("2024-06-01");
    expect(successor.id).toBeGreaterThan(predecessor.id);
  });
});

describe("lists in SQL", () => {
  beforeAll(async () => {
    // Bulk records, as the benchmark makes them, with their listing facts.
    await db.agreement.createMany({
      data: Array.from({ length: BULK }, (_, i) => ({
        slug: `bulk-${String(i).padStart(3, "0")}-${RUN}`,
        kind: "OTHER" as const,
        titleTh: ["ไก่", "เมือง", "ขา", "กา"][i % 4]! + ` ${i}`,
        titleEn: ["zebra", "Apple", "mango", "Éclair"][i % 4]! + ` ${i}`,
        signedOn: new Date(Date.UTC(2000 + (i % 5), 0, 1)),
        signedPrecision: "YEAR" as const,
        publicationState: "PUBLISHED" as const,
        visibility: "PUBLIC" as const,
      })),
    });
    const ids = (await db.agreement.findMany({ where: { slug: { startsWith: "bulk-", endsWith: `-${RUN}` } }, select: { id: true } })).map((r) => r.id);
    await refreshDerived(db, ids);
  });

  it("sorts by title in the reader's language as Intl.Collator does, a page at a time", async () => {
    for (const lang of ["th", "en"] as const) {
      const all: string[] = [];
      for (let page = 1; page <= 10; page++) {
        const body = await get(`?year=2003&sort=title&lang=${lang}&limit=5&page=${page}`);
        all.push(...body.data.map((a: { title: Record<string, string> }) => a.title[lang]));
        if (page >= body.meta.totalPages) break;
      }
      expect(all).toHaveLength(BULK / 5);
      expect(all).toEqual([...all].sort(new Intl.Collator(lang).compare));
    }
  });

  it("counts by status in one statement, agreeing with the list's status filter", async () => {
    const today = todayInBangkok();
    const counts = await statusCounts(db, today);
    for (const [status, n] of counts) expect((await listingPage(db, { status }, "newest", "en", 1, 0, today)).total, status).toBe(n);
    const total = (await listingPage(db, {}, "newest", "en", 1, 0, today)).total;
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(total);
  });

  it("gives feeds the latest entries only, most recently updated first", async () => {
    const ids = await latestUpdatedIds(db, 50, todayInBangkok());
    expect(ids).toHaveLength(50);
    const rows = await db.agreement.findMany({ where: { publicationState: "PUBLISHED", visibility: "PUBLIC" }, orderBy: [{ updatedAt: "desc" }], select: { id: true, updatedAt: true } });
    expect(ids.map((id) => rows.find((r) => r.id === id)!.updatedAt.getTime())).toEqual(rows.slice(0, 50).map((r) => r.updatedAt.getTime()));
  });

  it("turns the sitemap into an index of parts once it would pass the limit, the parts listing every agreement once", async () => {
    const small = parser.parse(await sitemapXml("http://test", 100_000));
    const locs = (small.urlset.url as Array<{ loc: string }>).map((u) => u.loc);
    const indexed = parser.parse(await sitemapXml("http://test", 40));
    const parts = (indexed.sitemapindex.sitemap as Array<{ loc: string }>).map((s) => s.loc);
    expect(parts[0]).toBe("http://test/sitemaps/0.xml");
    const fromParts: string[] = [];
    for (let n = 0; n < parts.length; n++) {
      const urls = parser.parse((await sitemapPartXml("http://test", n, 40))!).urlset.url;
      fromParts.push(...(Array.isArray(urls) ? urls : [urls]).map((u: { loc: string }) => u.loc));
    }
    expect(fromParts.sort()).toEqual([...locs].sort());
    expect(await sitemapPartXml("http://test", parts.length, 40)).toBeNull();
  });
});
