// Drops the end-to-end database that playwright.config.ts made for a run
// started without `npm test` (which drops its own).
import { dropDatabase } from "./databases";

export default async function teardown() {
  const name = process.env.E2E_DATABASE_OWNED;
  if (name) await dropDatabase(name);
}
