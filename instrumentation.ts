// Runs once when a Next.js server process starts: the e-mail reminder
// scheduler (only with SMTP_URL set; see lib/reminders/), the guard against
// doubled redirect headers (lib/http/single-location.ts), and the search page
// composer handed to the server in front of Next (lib/search/compose-page.ts).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { keepRedirectHeadersSingle } = await import("./lib/http/single-location");
  keepRedirectHeadersSingle();
  // Search pages composed outside React, called by the server in front of Next (lib/server/search-page.mjs).
  const [{ COMPOSER }, { composeSearchPage }] = await Promise.all([import("./lib/server/search-page.mjs"), import("./lib/search/compose-page")]);
  (globalThis as Record<symbol, unknown>)[COMPOSER] = composeSearchPage;
  const { startReminderScheduler } = await import("./lib/reminders/scheduler");
  startReminderScheduler();
}
