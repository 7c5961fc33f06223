// The public deadlines calendar, parsed back with a real iCalendar parser
// (ical.js): one all-day event per deadline, titled in the feed's language,
// linking to the record, with a 30-day reminder; UIDs stable across runs;
// a date known to a month placed on its first day with the range stated;
// lines folded at 75 octets even in Thai; internal records left out. And the
// staff's private feed: a revocable token, internal records included.
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GET as privateGET } from "@/app/[locale]/calendar/[file]/route";
import { GET } from "@/app/[locale]/deadlines.ics/route";
import { POST as tokenEndpoint } from "@/app/api/editor/calendar-token/route";
import { createCalendarToken } from "@/lib/calendar/tokens";
import { getPublicAgreement } from "@/lib/agreements/queries";
import { recordCalendarReach } from "@/lib/agreements/record-calendar";
import { serializeAgreement } from "@/lib/agreements/serialize";
import { calendarEntries } from "@/lib/agreements/watch";
import type { Staff } from "@/lib/auth/session";
import { addMonths, dayNumber, isoFromDayNumber, todayInBangkok } from "@/lib/dates/partial-date";
import { createAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaff, createStaffActor } from "../helpers/staff";

const RUN = Date.now().toString(36);
const CURATED = ["joint-statement-ict-2015", "joint-press-statement-nbtc-2015", "mic-nbtc-moc-2016", "moc-ict-digital-2017", "moc-postal-services", "moc-postal-2021", "moc-ict-digital-2022", "depa-mic-moc-digital-innovation-2022"];
const today = todayInBangkok();
const endsOn = isoFromDayNumber(dayNumber(today) + 45);
// A month two months ahead, known only to the month.
const endMonth = isoFromDayNumber(addMonths(dayNumber(today), 2)).slice(0, 7);
let actor: Staff;
const ids: Record<string, number> = {};

// Links and UIDs name the configured origin (SITE_URL), never the request's host.
const feed = async (locale: string) => {
  const siteUrl = process.env.SITE_URL;
  process.env.SITE_URL = "http://registry.test";
  const response = await GET(new Request(`http://other-host.test/${locale}/deadlines.ics`), { params: Promise.resolve({ locale }) }).finally(() => {
    if (siteUrl === undefined) delete process.env.SITE_URL;
    else process.env.SITE_URL = siteUrl;
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
  return response.text();
};
const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents("vevent");
const ours = (text: string, slug: string) => events(text).filter((e) => String(e.getFirstPropertyValue("url")).endsWith(`/agreements/${slug}-${RUN}`));

beforeAll(async () => {
  await seeded();
  actor = await createStaffActor("editor");
  for (const [slug, changes] of [
    ["cal-day", { titleTh: "บันทึกความร่วมมือด้านความมั่นคงปลอดภัยทางไซเบอร์และการพัฒนาบุคลากรดิจิทัลระหว่างไทยและญี่ปุ่น", expiresOn: endsOn, terminationNoticeMonths: 1 }],
    ["cal-month", { expiresOn: endMonth, terminationNoticeMonths: "" }],
    ["cal-internal", { visibility: "INTERNAL", expiresOn: endsOn, terminationNoticeMonths: "" }],
  ] as const) {
    const input = { ...(await sampleInput(db, `${slug}-${RUN}`)), signedOn: isoFromDayNumber(dayNumber(today) - 300), termMonths: "", ...changes };
    const saved = await createAgreement(db, actor, input as never);
    await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
    ids[slug] = saved.id;
  }
});

afterAll(async () => {
  await db.agreement.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
  await db.source.deleteMany({ where: { title: "Test press release", citations: { none: {} } } });
});

describe("/{locale}/deadlines.ics", () => {
  it("an all-day event per deadline, in Thai, linking to the record, with a reminder 30 days before", async () => {
    const text = await feed("th");
    const found = ours(text, "cal-day");
    expect(found.map((e) => String(e.getFirstPropertyValue("summary")))).toEqual([
      "วันสุดท้ายที่แจ้งยกเลิกได้: บันทึกความร่วมมือด้านความมั่นคงปลอดภัยทางไซเบอร์และการพัฒนาบุคลากรดิจิทัลระหว่างไทยและญี่ปุ่น",
      "วันสิ้นสุด: บันทึกความร่วมมือด้านความมั่นคงปลอดภัยทางไซเบอร์และการพัฒนาบุคลากรดิจิทัลระหว่างไทยและญี่ปุ่น",
    ]);
    const end = found[1]!;
    const start = end.getFirstProperty("dtstart")!;
    expect(start.type).toBe("date");
    expect(start.getFirstValue()!.toString()).toBe(endsOn);
    expect(String(end.getFirstPropertyValue("url"))).toBe(`http://registry.test/th/agreements/cal-day-${RUN}`);
    const alarm = end.getFirstSubcomponent("valarm")!;
    expect(alarm.getFirstPropertyValue("action")).toBe("DISPLAY");
    const trigger = alarm.getFirstPropertyValue("trigger") as ICAL.Duration;
    expect(trigger.toSeconds()).toBe(-30 * 86_400);
  });

  it("folds every line at 75 octets, Thai included, without splitting a character", async () => {
    const text = await feed("th");
    const lines = text.split("\r\n");
    expect(lines.length).toBeGreaterThan(10);
    for (const line of lines) expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    expect(text).not.toContain("\uFFFD");
  });

  it("keeps each event's UID from one run to the next, and in both languages", async () => {
    const uids = (text: string) => ours(text, "cal-day").map((e) => String(e.getFirstPropertyValue("uid")));
    const first = uids(await feed("en"));
    expect(first).toHaveLength(2);
    expect(uids(await feed("en"))).toEqual(first);
    expect(uids(await feed("th"))).toEqual(first);
    expect(first[1]).toBe(`deadline-${ids["cal-day"]}-end-${endsOn}@registry.test`);
  });

  it("a date known to the month: on its first day, the range stated in the description", async () => {
    const [event] = ours(await feed("en"), "cal-month");
    expect(event!.getFirstPropertyValue("dtstart")!.toString()).toBe(`${endMonth}-01`);
    expect(String(event!.getFirstPropertyValue("description"))).toMatch(/^The exact day is not known: it falls between 1 \w+ \d{4} and (28|29|30|31) \w+ \d{4}\./);
  });

  it("leaves internal records out", async () => {
    expect(ours(await feed("en"), "cal-internal")).toEqual([]);
  });
});

describe("a record's page offers its calendar", () => {
  it("exactly on the days that calendar holds an event, and its stored copy ends when the link goes", async () => {
    // The curated records (deadlines years past, renewals, open ends) and this file's public ones (deadlines ahead).
    const slugs = [...CURATED, `cal-day-${RUN}`, `cal-month-${RUN}`];
    const days = [0, 30, 60, 100, 130, 400, 4000].map((n) => isoFromDayNumber(dayNumber(today) + n));
    let offered = 0;
    let withheld = 0;
    for (const slug of slugs) {
      const row = (await getPublicAgreement(slug))!;
      expect(row, slug).not.toBeNull();
      const holds = async (day: string) => (await calendarEntries(db, "public", day, { kind: "record", slug })).entries.length > 0;
      for (const day of days) {
        const reach = recordCalendarReach(serializeAgreement(row, day));
        expect(reach.offered, `${slug} on ${day}`).toBe(await holds(day));
        if (reach.offered) offered++;
        else withheld++;
        // The day the link goes, the calendar is empty; the day before, it was not.
        if (reach.until) {
          expect(recordCalendarReach(serializeAgreement(row, reach.until)).offered, `${slug} on ${reach.until}`).toBe(false);
          expect(await holds(reach.until), `${slug} on ${reach.until}`).toBe(false);
          expect(await holds(isoFromDayNumber(dayNumber(reach.until) - 1)), `${slug} before ${reach.until}`).toBe(true);
        }
      }
    }
    // Both answers occur: the rule is tested, not one side of it.
    expect(offered).toBeGreaterThan(0);
    expect(withheld).toBeGreaterThan(0);
  });
});

describe("a staff member's private calendar", () => {
  const ORIGIN = "http://localhost:3000";
  const post = (cookie: string | null, action: string, origin = ORIGIN) =>
    tokenEndpoint(new Request(`${ORIGIN}/api/editor/calendar-token`, { method: "POST", headers: { "content-type": "application/json", origin, ...(cookie ? { cookie } : {}) }, body: JSON.stringify({ action }) }));
  const privateFeed = (token: string, locale = "en") => privateGET(new Request(`http://registry.test/${locale}/calendar/${token}.ics`), { params: Promise.resolve({ locale, file: `${token}.ics` }) });

  it("is made on request, includes internal records, and answers 404 as soon as it is revoked or replaced", async () => {
    const { cookie } = await createStaff("viewer");
    expect((await post(null, "create")).status).toBe(401);
    expect((await post(cookie, "create", "https://evil.example")).status).toBe(403);
    const made = await post(cookie, "create");
    expect(made.status).toBe(201);
    const { token } = (await made.json()) as { token: string };

    const feed = await privateFeed(token);
    expect(feed.status).toBe(200);
    expect(feed.headers.get("cache-control")).toBe("private, no-store");
    const text = await feed.text();
    const internal = events(text).filter((e) => String(e.getFirstPropertyValue("url")).endsWith(`/editor/agreements/${ids["cal-internal"]}`));
    expect(internal.map((e) => String(e.getFirstPropertyValue("summary")))).toEqual([expect.stringMatching(/^End of validity: /)]);

    // A new link replaces the old one.
    const { token: second } = (await (await post(cookie, "create")).json()) as { token: string };
    expect((await privateFeed(token)).status).toBe(404);
    expect((await privateFeed(second, "th")).status).toBe(200);
    // Revoked: 404 from the next request on.
    expect((await post(cookie, "revoke")).status).toBe(200);
    expect((await privateFeed(second)).status).toBe(404);
    // Nothing stored would let anyone rebuild a link.
    expect(JSON.stringify(await db.calendarToken.findMany())).not.toContain(second);
  });

  it("stops working when the account is deactivated, and refuses made-up tokens", async () => {
    const actor = await createStaffActor("editor");
    const token = await createCalendarToken(db, actor.id);
    expect((await privateFeed(token)).status).toBe(200);
    await db.user.update({ where: { id: actor.id }, data: { banned: true } });
    expect((await privateFeed(token)).status).toBe(404);
    expect((await privateFeed("x".repeat(43))).status).toBe(404);
    expect((await privateFeed("../../etc/passwd")).status).toBe(404);
  });
});
