import { getDb } from "@/lib/db/client";
import { prepareQuery, searchAgreementPage } from "@/lib/search/query";
import { findAgreementSummaries } from "@/lib/agreements/find";
import { todayInBangkok } from "@/lib/dates/partial-date";
const db = getDb();
const today = todayInBangkok();
const qs = ["cybersecurity Suzuki", "ปัญญาประดิษฐ์ ทานากะ", "digital satellites", "rural Kaneko", "smart Watanabe", "open broadcasting"];
for (let round = 0; round < 3; round++) {
  for (const q of qs) {
    let t = performance.now();
    const p = await prepareQuery(db, q);
    const t1 = performance.now() - t; t = performance.now();
    const r = await searchAgreementPage(db, q, {}, "relevance", "en", 20, 0, today, p);
    const t2 = performance.now() - t; t = performance.now();
    await findAgreementSummaries({ q, lang: "en", limit: 20, page: 1 } as never, today);
    const t3 = performance.now() - t;
    if (round === 2) console.log(q.padEnd(30), "prepare", t1.toFixed(1), "rank", t2.toFixed(1), "total", r.total, "whole find", t3.toFixed(1));
    if (round === 2 && q === qs[0]) console.log(JSON.stringify(p));
  }
}
process.exit(0);
