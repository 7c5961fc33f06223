// E-mail reminders through a real SMTP server started here (smtp-server),
// the messages parsed back (mailparser): a record ending in 45 days gives a
// recipient who chose 90/30/7 days one 90-day alert and a weekly digest, in
// the language they picked, once — with two sweeps racing as two app
// instances would, each on its own connection pool. A refused message is
// sent again by the next sweep.
import { PrismaPg } from "@prisma/adapter-pg";
import { simpleParser, type ParsedMail } from "mailparser";
import nodemailer from "nodemailer";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { POST as saveSettings } from "@/app/api/editor/reminders/route";
import type { Staff } from "@/lib/auth/session";
import { freePort } from "@/lib/db/embedded";
import { dayNumber, isoFromDayNumber, todayInBangkok } from "@/lib/dates/partial-date";
import { createAgreement } from "@/lib/editor/save";
import { changePublication } from "@/lib/editor/publication";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { dueThreshold, sendDueReminders, weekOf } from "@/lib/reminders/reminders";
import { db, seeded } from "../helpers/db";
import { sampleInput } from "../helpers/editor-input";
import { createStaff, createStaffActor } from "../helpers/staff";

const RUN = Date.now().toString(36);
const today = todayInBangkok();
const endsOn = isoFromDayNumber(dayNumber(today) + 45);
const TITLE_TH = `บันทึกความร่วมมือทดสอบการเตือน ${RUN}`;
const TITLE_EN = `Reminder test memorandum ${RUN}`;
const TITLE_JA = `リマインダー試験用の覚書 ${RUN}`;
const received: ParsedMail[] = [];
let refuseNext = false;
let server: SMTPServer;
let port: number;
let second: PrismaClient;
let actor: Staff;
let thai: Staff;
let english: Staff;
let japanese: Staff;

const transport = () => nodemailer.createTransport({ host: "127.0.0.1", port, secure: false, ignoreTLS: true });
const sweep = (client: PrismaClient) => sendDueReminders(client, { today, transport: transport(), origin: "https://registry.example", from: "registry@registry.example" });
const ours = (to: string) => received.filter((m) => (m.to && !Array.isArray(m.to) ? m.to.text : "") === to && `${m.subject} ${m.text}`.includes(RUN));

beforeAll(async () => {
  await seeded();
  port = await freePort();
  server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      if (refuseNext) {
        refuseNext = false;
        stream.resume();
        stream.on("end", () => callback(Object.assign(new Error("mailbox busy"), { responseCode: 451 })));
        return;
      }
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  second = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });

  actor = await createStaffActor("editor");
  [thai, english, japanese] = await Promise.all([createStaffActor("viewer"), createStaffActor("editor"), createStaffActor("viewer")]);
  await db.reminderSettings.create({ data: { userId: thai.id, language: "th", weeklyDigest: true, alertDays: [90, 30, 7] } });
  await db.reminderSettings.create({ data: { userId: english.id, language: "en", weeklyDigest: false, alertDays: [30] } });
  await db.reminderSettings.create({ data: { userId: japanese.id, language: "ja", weeklyDigest: false, alertDays: [90] } });
  const input = { ...(await sampleInput(db, `reminder-${RUN}`)), titleTh: TITLE_TH, titleEn: TITLE_EN, titleJa: TITLE_JA, signedOn: isoFromDayNumber(dayNumber(today) - 300), termMonths: "", expiresOn: endsOn, terminationNoticeMonths: "" };
  const saved = await createAgreement(db, actor, input as never);
  await changePublication(db, actor, saved.id, saved.version, "PUBLISH");
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await second?.$disconnect();
  await db.agreement.deleteMany({ where: { slug: { endsWith: `-${RUN}` } } });
  await db.source.deleteMany({ where: { title: "Test press release", citations: { none: {} } } });
});

describe("which alert is due", () => {
  it.each([
    [45, [90, 30, 7], 90],
    [30, [90, 30, 7], 30],
    [3, [90, 30, 7], 7],
    [100, [90, 30, 7], null],
    [-1, [90, 30, 7], null],
    [45, [], null],
  ])("%i days left with %j chosen: the %s-day alert", (daysLeft, chosen, expected) => {
    expect(dueThreshold(daysLeft, chosen)).toBe(expected);
  });

  it("the digest's week starts on Monday", () => {
    expect(weekOf("2026-11-28")).toBe("2026-11-23");
    expect(weekOf("2026-11-23")).toBe("2026-11-23");
    expect(weekOf("2026-11-29")).toBe("2026-11-23");
  });
});

describe("sending", () => {
  it("one 90-day alert and one digest, in Thai, once, with two instances sweeping at the same moment; none for a recipient whose alert is not due", async () => {
    await Promise.all([sweep(db), sweep(second)]);
    const toThai = ours(thai.email);
    const alerts = toThai.filter((m) => m.subject?.includes(TITLE_TH));
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.subject).toBe(`อีก 45 วัน: วันสิ้นสุด ${TITLE_TH}`);
    expect(alerts[0]!.text).toContain("คุณได้รับอีเมลนี้เพราะขอให้เตือนล่วงหน้า 90 วัน");
    expect(alerts[0]!.text).toContain(`https://registry.example/th/agreements/reminder-${RUN}`);
    expect(alerts[0]!.headers.get("content-language")).toBe("th");
    const digests = toThai.filter((m) => m.subject?.startsWith("สรุปกำหนดเวลาในช่วงข้างหน้า"));
    expect(digests).toHaveLength(1);
    expect(digests[0]!.text).toContain(TITLE_TH);
    expect(ours(english.email)).toEqual([]);

    // Swept again: nothing new.
    const before = received.length;
    await Promise.all([sweep(db), sweep(second)]);
    expect(received.length).toBe(before);
  });

  it("in Japanese for a recipient who chose Japanese: the Japanese title, the date in the Japanese calendar, links to the Japanese pages", async () => {
    await sweep(db);
    const mail = ours(japanese.email);
    expect(mail.map((m) => m.subject)).toEqual([`あと45日：有効期間の満了（${TITLE_JA}）`]);
    expect(mail[0]!.text).toMatch(/有効期間の満了：令和\d+年（\d{4}年）\d+月\d+日（あと45日）。/);
    expect(mail[0]!.text).toContain("各期限の90日前に通知するよう設定されているため、このメールをお送りしています。");
    expect(mail[0]!.text).toContain(`https://registry.example/ja/agreements/reminder-${RUN}`);
    expect(mail[0]!.headers.get("content-language")).toBe("ja");
  });

  it("in English for a recipient who chose English; a refused message goes out at the next sweep", async () => {
    await db.reminderSettings.update({ where: { userId: english.id }, data: { alertDays: [60] } });
    refuseNext = true;
    await sweep(db).catch(() => 0);
    expect(ours(english.email)).toEqual([]);
    await sweep(db);
    const mail = ours(english.email);
    expect(mail.map((m) => m.subject)).toEqual([`In 45 days: End of validity, ${TITLE_EN}`]);
    expect(mail[0]!.text).toContain("You receive this because you asked for an alert 60 days before each deadline.");
  });

  it("settings: saved for the signed-in staff member; bad numbers refused with a clear error", async () => {
    const { cookie } = await createStaff("viewer");
    const post = (body: unknown) =>
      saveSettings(new Request("http://localhost:3000/api/editor/reminders", { method: "POST", headers: { "content-type": "application/json", origin: "http://localhost:3000", cookie }, body: JSON.stringify(body) }));
    const bad = await post({ language: "th", weeklyDigest: true, alertDays: [0, 30] });
    expect(bad.status).toBe(422);
    expect(await bad.json()).toMatchObject({ error: { code: "invalid", fieldErrors: { "alertDays.0": "invalidDays" } } });
    const ok = await post({ language: "en", weeklyDigest: true, alertDays: [7, 30, 30] });
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ language: "en", weeklyDigest: true, alertDays: [30, 7] });
  });
});
