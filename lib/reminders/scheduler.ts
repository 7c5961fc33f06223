// Runs the reminder sweep inside each app process (started from
// instrumentation.ts): once shortly after start, then every
// REMINDER_INTERVAL_MS (five minutes by default). Several instances may all
// run it: each reminder is claimed in the database before it is sent
// (reminders.ts), so none goes out twice.
import nodemailer from "nodemailer";
import { getDb } from "@/lib/db/client";
import { todayInBangkok } from "@/lib/dates/partial-date";
import { siteOrigin } from "@/lib/http/origin";
import { sendDueReminders } from "@/lib/reminders/reminders";


export function startReminderScheduler(): void {
  const smtp = process.env.SMTP_URL;
  if (!smtp || !process.env.DATABASE_URL) return;
  const transport = nodemailer.createTransport(smtp);
  const every = Number(process.env.REMINDER_INTERVAL_MS ?? 300_000);
  let running = false;
  const sweep = async () => {
    if (running) return;
    running = true;
    try {
      const origin = siteOrigin();
      await sendDueReminders(getDb(), { today: todayInBangkok(), transport, origin, from: process.env.SMTP_FROM ?? `registry@${new URL(origin).hostname}` });
    } catch (error) {
      // A mail server or database that is down: the next sweep tries again.
      console.error(`reminders: ${error instanceof Error ? error.message : error}`);
    } finally {
      running = false;
    }
  };
  setTimeout(() => void sweep(), Math.min(every, 2_000)).unref();
  setInterval(() => void sweep(), every).unref();
}
