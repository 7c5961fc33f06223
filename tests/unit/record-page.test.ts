// A record's page leaves without Next's client runtime (lib/server/record-page.mjs),
// applied by the script policy as the HTML leaves the app: the runtime's
// script files, their preloads, the RSC payload and Turbopack's bootstrap are
// gone; the stylesheet, the page script, JSON-LD and the content stay; the
// policy hashes what is left; other pages keep their runtime.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync, gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isWithoutRuntime, validUntilOf, withoutClientRuntime } from "@/lib/server/record-page.mjs";
import { VALID_UNTIL_HEADER } from "@/lib/server/shared-mark.mjs";
import { policyFor, withScriptPolicy } from "@/lib/server/script-policy.mjs";

// The shape Next 16 writes (taken from a built page, shortened): the payload
// holds what would close a script only in its escaped form.
const PAGE = [
  `<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/0xec3hcphfu33.css" data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/310vm2bl3xxpt.js"/>`,
  `<script src="/_next/static/chunks/0frgmdyu3_y37.js" async=""></script><script src="/_next/static/chunks/3mzd6xpjmie7b.js" async=""></script>`,
  `<title>ความตกลง</title><meta name="registry-valid-until" content="2027-08-01"/><script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>`,
  `<body><script>(function(a){document.addEventListener("keydown",()=>{})})("site-search");</script>`,
  `<main><h1>แถลงการณ์ร่วม</h1><details class="citation"><summary class="cite-mark">[1]</summary><q>ข้อความ</q></details>`,
  `<script type="application/ld+json">{"@type":"Legislation"}</script></main>`,
  `<script id="_R_">(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/310vm2bl3xxpt.js"]});</script>`,
  `<script src="/_next/static/chunks/310vm2bl3xxpt.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>`,
  `<script>self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n2:[\\"$\\",\\"q\\",null,{\\"children\\":\\"\\u003c/script\\u003e)\\"}]"])</script>`,
  `<script>self.__next_f.push([1,"3:[]"])</script></body></html>`,
].join("");

describe("withoutClientRuntime", () => {
  it("takes out the runtime and keeps the page", () => {
    const out = withoutClientRuntime(PAGE);
    expect(out).not.toContain("/_next/static/chunks/0frgmdyu3_y37.js");
    expect(out).not.toMatch(/<script src=|as="script"|__next_f|TURBOPACK/);
    for (const kept of [`<link rel="stylesheet" href="/_next/static/chunks/0xec3hcphfu33.css"`, `("site-search");</script>`, `<script type="application/ld+json">`, `<details class="citation"><summary class="cite-mark">[1]</summary><q>ข้อความ</q></details>`, `</body></html>`]) {
      expect(out).toContain(kept);
    }
    // What is left is the page with those elements cut out, nothing else changed.
    expect(out.length).toBe(PAGE.length - [...PAGE.matchAll(/<script src=[^>]*><\/script>|<link rel="preload" as="script"[^>]*\/>|<script>\(?self\.__next_f.*?<\/script>|<script id="_R_">.*?<\/script>/g)].reduce((n, m) => n + m[0].length, 0));
  });

  it("reads until when the page stays true from its meta tag", () => {
    expect(validUntilOf(PAGE)).toBe("2027-08-01");
    expect(validUntilOf(PAGE.replace("2027-08-01", "never"))).toBe("never");
    expect(validUntilOf(PAGE.replace(/<meta name="registry-valid-until"[^>]*>/, ""))).toBeNull();
  });

  it("applies to a record's page and the timeline in each language only", () => {
    for (const path of ["/th/agreements/joint-statement-ict-2015", "/en/agreements/moc-2017?x=1", "/ja/agreements/a", "/th/timeline", "/en/timeline?group=scope", "/ja/timeline/~/page%3D2"]) expect(isWithoutRuntime(path), path).toBe(true);
    for (const path of ["/th/agreements", "/en/agreements/~/page%3D2", "/en/organizations/mic", "/api/v1/agreements/a", "/en/editor/agreements/1", "/en/timeline/x", "/en/timelines", "/en"]) expect(isWithoutRuntime(path), path).toBe(false);
  });
});

let base = "";
let server: http.Server;
beforeAll(async () => {
  server = http.createServer((req, res) =>
    withScriptPolicy(req, res, (_rq, rs) => {
      rs.setHeader("content-type", "text/html; charset=utf-8");
      if (req.url?.includes("missing")) rs.statusCode = 404;
      if (String(req.headers["accept-encoding"]).includes("gzip")) {
        rs.setHeader("content-encoding", "gzip");
        return rs.end(gzipSync(PAGE));
      }
      return rs.end(PAGE);
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** The raw body and headers, without fetch's own decompression. */
function raw(path: string, encoding: string): Promise<{ body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http.get(base + path, { headers: { "accept-encoding": encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c) => chunks.push(c));
      res.on("end", () => resolve({ body: Buffer.concat(chunks), headers: res.headers }));
    }).on("error", reject);
  });
}

describe("as the HTML leaves the app", () => {
  it("sends a record's page without the runtime, compressed or not, with a policy for what is left", async () => {
    const stripped = withoutClientRuntime(PAGE);
    const plain = await raw("/th/agreements/joint-statement-ict-2015", "identity");
    expect(plain.body.toString()).toBe(stripped);
    expect(Number(plain.headers["content-length"])).toBe(plain.body.length);
    expect(plain.headers["content-security-policy"]).toBe(policyFor(stripped));
    const gzipped = await raw("/th/agreements/joint-statement-ict-2015", "gzip");
    expect(gzipped.headers["content-encoding"]).toBe("gzip");
    expect(gunzipSync(gzipped.body).toString()).toBe(stripped);
    expect(Number(gzipped.headers["content-length"])).toBe(gzipped.body.length);
    // How long the page stays true, from its meta tag, for the shared store.
    expect(plain.headers[VALID_UNTIL_HEADER]).toBe("2027-08-01");
    expect(gzipped.headers[VALID_UNTIL_HEADER]).toBe("2027-08-01");
  });

  it("leaves every other page as Next wrote it, and a record's 404", async () => {
    const list = await raw("/th/agreements", "identity");
    expect(list.body.toString()).toBe(PAGE);
    expect(list.headers["content-security-policy"]).toBe(policyFor(PAGE));
    // A list shows many statuses: it says nothing of how long it stays true (its own day only).
    expect(list.headers[VALID_UNTIL_HEADER]).toBeUndefined();
    // Next draws its not-found page from the RSC payload.
    const missing = await raw("/th/agreements/missing-record", "identity");
    expect(missing.body.toString()).toBe(PAGE);
  });
});
