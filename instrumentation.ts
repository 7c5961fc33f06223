// Runs once when a Next.js server process starts: the e-mail reminder
// scheduler (only with SMTP_URL set; see lib/reminders/), and the guard
// against doubled redirect headers (lib/http/single-location.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { keepRedirectHeadersSingle } = await import("./lib/http/single-location");
  keepRedirectHeadersSingle();
  const { startReminderScheduler } = await import("./lib/reminders/scheduler");
  startReminderScheduler();
}
