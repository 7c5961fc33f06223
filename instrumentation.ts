// Runs once when a Next.js server process starts: the e-mail reminder
// scheduler (only with SMTP_URL set; see lib/reminders/).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startReminderScheduler } = await import("./lib/reminders/scheduler");
  startReminderScheduler();
}
