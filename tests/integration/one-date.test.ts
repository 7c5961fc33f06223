// One date everywhere (issue 28): the AI MoC's computed deadlines — years
// away — reach the deadlines lists ("all upcoming", up to ten years, and a
// count of those beyond a shorter window), every calendar (all records, the
// record's own, a filtered list's) with a description of what it covers,
// and a calendar with no event says why.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as allGET } from "@/app/[locale]/deadlines.ics/route";
import { GET as recordGET } from "@/app/[locale]/agreements/[slug]/deadlines.ics/route";
import { gapsOf, watchCounts, watchPage } from "@/lib/agreements/watch";
import { parseWatchParams } from "@/lib/agreements/watch-params";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { db, seeded } from "../helpers/db";
import { AI_MOC } from "../helpers/ai-moc";
import { publishAiMoc } from "../helpers/ai-moc-db";

const SLUG = `moc-ai-dates-${Date.now().toString(36)}`;
const today = todayInBangkok();

const calendar = async (response: Response) => {
  expect(response.status).toBe(200);
  const root = new ICAL.Component(ICAL.parse(await response.text()));
  return {
    description: String(root.getFirstPropertyValue("x-wr-caldesc")),
    events: root.getAllSubcomponents("vevent").map((e) => ({ summary: String(e.getFirstPropertyValue("summary")), day: String(e.getFirstPropertyValue("dtstart")), url: String(e.getFirstPropertyValue("url")) })),
  };
};
const ours = (events: Array<{ url: string; day: string }>) => events.filter((e) => e.url.endsWith(`/agreements/${SLUG}`)).map((e) => e.day);

beforeAll(async () => {
  await seeded();
  await publishAiMoc(SLUG);
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: SLUG } });
});

describe("the deadlines lists", () => {
  it("offer windows up to ten years and 'all upcoming'; anything else falls back to six months", () => {
    expect(parseWatchParams({ months: "60" }).months).toBe(60);
    expect(parseWatchParams({ months: "120" }).months).toBe(120);
    expect(parseWatchParams({ months: "all" }).months).toBe("all");
    expect(parseWatchParams({ months: "7" }).months).toBe(6);
  });

  for (const audience of ["public", "staff"] as const) {
    it(`list the AI MoC's notice deadline and renewal under 'all upcoming' and within ten years, and count them beyond 24 months (${audience})`, async () => {
      const rows = async (months: "all" | 24 | 120) => {
        const found: Array<{ kind: string | null; first: string | null }> = [];
        for (let page = 1; ; page++) {
          const { rows: got } = await watchPage(db, "deadlines", audience, months, page, today);
          found.push(...got.filter((r) => r.slug === SLUG));
          if (got.length === 0) break;
        }
        return found.map((r) => `${r.kind} ${r.first}`);
      };
      // A renewing MoC's cycle up to its next renewal: the notice deadline and the renewal.
      expect(await rows("all")).toEqual([`NOTICE ${AI_MOC.notice}`, `RENEWAL ${AI_MOC.renewal}`]);
      // A window of ten years holds every cycle that starts within it: the next one's too.
      expect(await rows(120)).toEqual([`NOTICE ${AI_MOC.notice}`, `RENEWAL ${AI_MOC.renewal}`, "NOTICE 2035-04-14", "RENEWAL 2035-10-15"]);
      expect(await rows(24)).toEqual([]);
      const counts = await watchCounts(db, audience, 24, today);
      expect(counts.beyond).toBeGreaterThanOrEqual(2);
      expect((await watchCounts(db, audience, "all", today)).beyond).toBe(0);
    });
  }
});

describe("the calendars", () => {
  it("the all-records calendar carries the AI MoC's deadlines years ahead and says what it covers and leaves out", async () => {
    const { description, events } = await calendar(await allGET(new Request("http://registry.test/en/deadlines.ics"), { params: Promise.resolve({ locale: "en" }) }));
    expect(ours(events)).toEqual([AI_MOC.notice, AI_MOC.renewal]);
    expect(description).toMatch(/^Every computed end of validity, last day to give notice of termination and automatic renewal of the registry's published agreements, from /);
    expect(description).toContain("Left out: agreements terminated or superseded");
  });

  it("a record's own calendar carries its deadlines only, named after it, in Thai", async () => {
    const { description, events } = await calendar(await recordGET(new Request(`http://registry.test/th/agreements/${SLUG}/deadlines.ics`), { params: Promise.resolve({ locale: "th", slug: SLUG }) }));
    expect(events.map((e) => e.day)).toEqual([AI_MOC.notice, AI_MOC.renewal]);
    expect(events.every((e) => e.url.endsWith(`/th/agreements/${SLUG}`))).toBe(true);
    expect(description).toContain("ของความตกลงฉบับนี้");
  });

  it("a record's calendar answers 404 for a record that is not public, and for a malformed slug", async () => {
    for (const slug of ["no-such-record", "Bad_Slug"]) {
      const response = await recordGET(new Request(`http://registry.test/en/agreements/${slug}/deadlines.ics`), { params: Promise.resolve({ locale: "en", slug }) });
      expect(response.status, slug).toBe(404);
    }
  });

  it("a filtered list's calendar follows the list's filters; one with no event says why", async () => {
    const inEffect = await calendar(await allGET(new Request("http://registry.test/en/deadlines.ics?status=in_effect&party=mdes"), { params: Promise.resolve({ locale: "en" }) }));
    expect(ours(inEffect.events)).toEqual([AI_MOC.notice, AI_MOC.renewal]);
    expect(inEffect.description).toMatch(/each record in the filtered list/);
    const expired = await calendar(await allGET(new Request("http://registry.test/ja/deadlines.ics?status=expired&year=2016"), { params: Promise.resolve({ locale: "ja" }) }));
    expect(expired.events).toEqual([]);
    expect(expired.description).toContain("予定はありません");
  });
});

describe("the staff home", () => {
  it("counts as many records with missing or uncited facts as its rows show (one check for both)", async () => {
    const ids = (await db.agreement.findMany({ where: { publicationState: { not: "ARCHIVED" } }, select: { id: true } })).map((r) => r.id);
    const gaps = await gapsOf(db, ids, today);
    expect(gaps.size).toBeGreaterThan(0);
    expect(gaps.size).toBe((await watchCounts(db, "staff", 6, today)).gaps);
  });
});
