// Run by playwright.config.ts when the end-to-end tests run alone
// (`npx playwright test [file]`, without `npm test`): makes their seeded
// database and staff accounts, and prints {url, name, password} as the last
// line. The config cannot await (Playwright loads it synchronously in every
// worker), hence a child process; the global teardown drops the database.
import { randomBytes } from "node:crypto";
import { e2eDatabase } from "./databases";

const password = randomBytes(18).toString("base64url");
const db = await e2eDatabase(password);
console.log(JSON.stringify({ url: db.url, name: db.name, password }));
