import { chromium } from "playwright-core";
const [,, url, out, width = "1280", clipY = "0", clipH = "0"] = process.argv;
const b = await chromium.launch({ executablePath: "/usr/bin/chromium" });
const p = await b.newPage({ viewport: { width: Number(width), height: 900 } });
await p.goto(url);
if (Number(clipH) > 0) await p.screenshot({ path: out, fullPage: true, clip: { x: 0, y: Number(clipY), width: Number(width), height: Number(clipH) } });
else await p.screenshot({ path: out, fullPage: true });
await b.close();
