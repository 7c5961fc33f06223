// E-mail reminders of deadlines for staff: an alert a chosen number of days
// before each deadline (default 90, 30 and 7), and a weekly digest, each in
// the language the recipient picked. Sent through SMTP (SMTP_URL) by
// nodemailer; without SMTP_URL nothing is sent.
//
// Exactly once, with any number of app instances: before sending, a sweep
// claims the reminder by inserting its key into ReminderSent (unique per
// recipient) in a transaction that stays open until the mail is accepted.
// Another instance claiming the same key waits for that transaction, then
// finds the row and skips; a failed send rolls the claim back, so the next
// sweep retries. A reminder that fell due while no instance was running is
// still due at the next sweep (alerts stay due until the deadline passes,
// the digest until the week ends), so it is sent when the app comes back.
import { createTranslator } from "next-intl";
import type { Transporter } from "nodemailer";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { calendarEntries } from "@/lib/agreements/watch";
import { formatIsoPartial } from "@/lib/dates/format";
import { dayNumber, isoFromDayNumber } from "@/lib/dates/partial-date";
import { isLocale, type Locale } from "@/i18n/locales";
import { messagesFor } from "@/lib/i18n/messages";
import { nameIn } from "@/lib/i18n/pick";

export const DEFAULT_ALERT_DAYS = [90, 30, 7];
/** How far ahead the weekly digest looks. */
const DIGEST_DAYS = 90;

interface Recipient {
  userId: string;
  email: string;
  language: Locale;
  weeklyDigest: boolean;
  alertDays: number[];
}

/** The Monday of `today`'s week (ISO weeks start on Monday): the digest's key. Plain day arithmetic. */
export function weekOf(today: string): string {
  const day = dayNumber(today);
  const weekday = new Date(day * 86_400_000).getUTCDay(); // 0 = Sunday
  return isoFromDayNumber(day - ((weekday + 6) % 7));
}

/**
 * The alert due for a deadline `daysLeft` away: the smallest chosen number of
 * days that is not below it (45 days left, with 90/30/7 chosen: the 90-day
 * alert). One alert per threshold, so a deadline met late gets one mail, not three.
 */
export function dueThreshold(daysLeft: number, alertDays: number[]): number | null {
  const fitting = alertDays.filter((n) => n >= daysLeft).sort((a, b) => a - b);
  return daysLeft >= 0 && fitting.length ? fitting[0]! : null;
}

async function recipients(db: PrismaClient): Promise<Recipient[]> {
  const rows = await db.reminderSettings.findMany({
    where: { user: { role: { not: null }, OR: [{ banned: false }, { banned: null }] } },
    select: { userId: true, language: true, weeklyDigest: true, alertDays: true, user: { select: { email: true } } },
  });
  return rows.map((r) => ({ userId: r.userId, email: r.user.email, language: isLocale(r.language) ? r.language : "th", weeklyDigest: r.weeklyDigest, alertDays: r.alertDays }));
}

/** Claims `key` for `userId` and sends; false if it was already sent (by this or another instance). */
async function sendOnce(db: PrismaClient, userId: string, key: string, send: () => Promise<unknown>): Promise<boolean> {
  // One refused message must not hold up the others: it is logged, its
  // claim rolled back, and the next sweep tries it again.
  return claimAndSend(db, userId, key, send).catch((error) => {
    console.error(`reminders: ${key} to ${userId} not sent: ${error instanceof Error ? error.message : error}`);
    return false;
  });
}

function claimAndSend(db: PrismaClient, userId: string, key: string, send: () => Promise<unknown>): Promise<boolean> {
  return db.$transaction(
    async (tx) => {
      const claimed = await tx.$queryRaw<Array<{ id: number }>>`INSERT INTO "ReminderSent" ("userId", "key") VALUES (${userId}, ${key}) ON CONFLICT ("userId", "key") DO NOTHING RETURNING "id"`;
      if (claimed.length === 0) return false;
      await send();
      return true;
    },
    { timeout: 60_000, maxWait: 60_000 },
  );
}

export interface SweepOptions {
  today: string;
  transport: Transporter;
  /** The site's address, for links in the mail. */
  origin: string;
  from: string;
}

/** One pass: sends every reminder that is due and not yet sent. Returns how many were sent. */
export async function sendDueReminders(db: PrismaClient, { today, transport, origin, from }: SweepOptions): Promise<number> {
  const people = await recipients(db);
  if (people.length === 0) return 0;
  // Staff see every record that is not archived; a year back to five ahead.
  const entries = (await calendarEntries(db, "staff", today)).entries.filter((e) => e.first >= today);
  let sent = 0;
  for (const person of people) {
    const t = createTranslator({ locale: person.language, messages: messagesFor(person.language), namespace: "Reminders" });
    const tk = createTranslator({ locale: person.language, messages: messagesFor(person.language), namespace: "Watch.kind" });
    const title = (e: (typeof entries)[number]) => nameIn({ th: e.titleTh, en: e.titleEn, ja: e.titleJa }, person.language);
    const link = (e: (typeof entries)[number]) => (e.isPublic ? `${origin}/${person.language}/agreements/${e.slug}` : `${origin}/${person.language}/editor/agreements/${e.agreementId}`);
    const when = (e: (typeof entries)[number]) =>
      e.first === e.last ? formatIsoPartial(e.first, person.language) : t("between", { first: formatIsoPartial(e.first, person.language), last: formatIsoPartial(e.last, person.language) });
    const footer = t("footer", { account: `${origin}/${person.language}/editor/account` });

    for (const e of entries) {
      const daysLeft = dayNumber(e.first) - dayNumber(today);
      const threshold = dueThreshold(daysLeft, person.alertDays);
      if (threshold === null) continue;
      const key = `alert:${e.agreementId}:${e.kind}:${e.first}:${threshold}`;
      const ok = await sendOnce(db, person.userId, key, () =>
        transport.sendMail({
          from,
          to: person.email,
          subject: t("alertSubject", { days: daysLeft, kind: tk(e.kind), title: title(e) }),
          text: [t("alertBody", { kind: tk(e.kind), date: when(e), days: daysLeft }), title(e), link(e), "", t("alertWhy", { days: threshold }), footer].join("\n"),
          headers: { "Content-Language": person.language },
        }),
      );
      if (ok) sent++;
    }

    if (person.weeklyDigest) {
      const horizon = isoFromDayNumber(dayNumber(today) + DIGEST_DAYS);
      const coming = entries.filter((e) => e.first <= horizon);
      const ok = await sendOnce(db, person.userId, `digest:${weekOf(today)}`, () =>
        transport.sendMail({
          from,
          to: person.email,
          subject: t("digestSubject", { count: coming.length }),
          text: [
            t("digestIntro", { days: DIGEST_DAYS, count: coming.length }),
            "",
            ...coming.map((e) => `- ${when(e)} · ${tk(e.kind)}: ${title(e)}\n  ${link(e)}`),
            "",
            `${t("digestMore")} ${origin}/${person.language}/editor/watch`,
            footer,
          ].join("\n"),
          headers: { "Content-Language": person.language },
        }),
      );
      if (ok) sent++;
    }
  }
  return sent;
}
