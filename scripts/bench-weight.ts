// `npm run bench:weight`: gzipped client JavaScript each page type sends,
// measured in Chromium against the production build (`npm run build` first).
// Reports numbers for the README; the budget is 140 kB on every App Router
// page (issue 10: the runtime alone is ~131 kB).
// Script files are what the budget counts; inline scripts are reported beside
// them (on App Router pages they are mostly the page's own data, which React
// reads from them).

import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { freePort, startEmbeddedDatabase } from "@/lib/db/embedded";
import { migrateDeploy } from "@/lib/db/migrate";

const PAGES = ["/th", "/th/agreements", "/th/agreements/joint-statement-ict-2015", "/en/agreements/joint-statement-ict-2015"];

async function main() {
  const db = await startEmbeddedDatabase();
  await migrateDeploy(db.url);
  process.env.DATABASE_URL = db.url;
  const { seed } = await import("../prisma/seed");
  const { getDb } = await import("@/lib/db/client");
  await seed(getDb());
  await getDb().$disconnect();

  const port = await freePort();
  const server = spawn("node_modules/.bin/next", ["start", "-p", String(port)], { env: { ...process.env, DATABASE_URL: db.url }, stdio: "ignore", detached: true });
  try {
    for (let i = 0; i < 100; i++) {
      if (await fetch(`http://127.0.0.1:${port}/th`).then((r) => r.ok, () => false)) break;
      await new Promise((r) => setTimeout(r, 300));
    }
    const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-background-networking"] });
    for (const path of PAGES) {
      const page = await browser.newPage();
      const scripts: Promise<number>[] = [];
      page.on("response", (response) => {
        if (response.request().resourceType() === "script")
          scripts.push(
            response.body().then(
              (b) => {
                if (process.env.BENCH_VERBOSE) console.log(`  ${(gzipSync(b).length / 1024).toFixed(1)} kB ${response.url().split("/").pop()}`);
                return gzipSync(b).length;
              },
              () => 0,
            ),
          );
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: "networkidle" });
      const sizes = await Promise.all(scripts);
      const inline = await page.evaluate(() =>
        [...document.scripts].filter((s) => !s.src && (!s.type || s.type === "text/javascript" || s.type === "module")).map((s) => s.text),
      );
      const inlineKb = inline.reduce((sum, text) => sum + gzipSync(text).length, 0) / 1024;
      console.log(
        `${path}: ${(sizes.reduce((a, b) => a + b, 0) / 1024).toFixed(1)} kB gzipped JavaScript in ${sizes.length} files; inline scripts ${inlineKb.toFixed(1)} kB gzipped (${inline.length})`,
      );
      await page.close();
    }
    await browser.close();
  } finally {
    process.kill(-server.pid!, "SIGTERM");
    await db.stop();
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
