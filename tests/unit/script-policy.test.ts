// The script policy of HTML pages (lib/server/script-policy.mjs): each
// page's own inline scripts allowed by hash, nothing else inline; applied to
// HTML answers as a real HTTP server writes them, compressed or not,
// streamed or not; other answers untouched.
import { createHash } from "node:crypto";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { policyFor, withScriptPolicy } from "@/lib/server/script-policy.mjs";
import { SECURITY_HEADERS } from "@/lib/server/security-headers.mjs";

const DEFAULT_POLICY = SECURITY_HEADERS.find((h) => h.key === "Content-Security-Policy")!.value;

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;
const PAGE = `<!doctype html><html><head><script src="/_next/static/a.js" async></script><script type="application/ld+json">{"a":1}</script></head><body><script>self.__next_f.push([1,"x"])</script><script nonce="">alert("second")</script></body></html>`;

describe("policyFor", () => {
  it("allows this site's script files and the page's own inline scripts by hash, not JSON data blocks, and nothing inline else", () => {
    const policy = policyFor(PAGE);
    const scriptSrc = policy.split("; ").find((d) => d.startsWith("script-src "))!;
    expect(scriptSrc.split(" ").sort()).toEqual(["script-src", "'self'", sha('self.__next_f.push([1,"x"])'), sha('alert("second")')].sort());
    expect(scriptSrc).not.toContain("unsafe");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
  });
});

let base = "";
let server: http.Server;
beforeAll(async () => {
  server = http.createServer((req, res) =>
    withScriptPolicy(req, res, (_rq, rs) => {
      if (req.url === "/captured") {
        // As Next's compression does: it keeps the response's methods from before the headers are written.
        const writeLater = rs.write.bind(rs);
        rs.setHeader("content-type", "application/json");
        rs.writeHead(200);
        writeLater("{");
        return rs.end("}");
      }
      if (req.url === "/sandboxed") {
        // As the archive route answers: someone else's page, under its own policy and referrer rule.
        rs.setHeader("content-type", "text/html; charset=utf-8");
        rs.setHeader("content-security-policy", "sandbox; default-src 'none'");
        rs.setHeader("referrer-policy", "no-referrer");
        return rs.end("<html><body><script>alert(document.domain)</script></body></html>");
      }
      if (req.url === "/json") {
        rs.setHeader("content-type", "application/json");
        return rs.end("{}");
      }
      rs.setHeader("content-type", "text/html; charset=utf-8");
      if (req.url === "/flushed") {
        // As Next streams a dynamic page: flushHeaders() (a first writeHead), then its
        // compression's write, which finds no header sent and writes them again (a second one).
        rs.flushHeaders();
        rs.writeHead(200);
        rs.write(PAGE.slice(0, 120));
        return setImmediate(() => rs.end(PAGE.slice(120)));
      }
      if (req.url === "/gzip") {
        rs.setHeader("content-encoding", "gzip");
        return rs.end(gzipSync(PAGE));
      }
      // Streamed in pieces, as Next streams a page it renders.
      rs.writeHead(200);
      rs.write(PAGE.slice(0, 120));
      setImmediate(() => rs.end(PAGE.slice(120)));
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe("withScriptPolicy", () => {
  it("sets the page's policy on a streamed HTML answer, body intact", async () => {
    const response = await fetch(`${base}/page`);
    expect(await response.text()).toBe(PAGE);
    expect(response.headers.get("content-security-policy")).toBe(policyFor(PAGE));
  });

  it("sets the page's policy on a page whose headers were flushed before its first write", async () => {
    const response = await fetch(`${base}/flushed`);
    expect(await response.text()).toBe(PAGE);
    expect(response.headers.get("content-security-policy")).toBe(policyFor(PAGE));
  });

  it("hashes a compressed page's scripts, and sends it still compressed", async () => {
    const response = await fetch(`${base}/gzip`);
    expect(response.headers.get("content-encoding")).toBe("gzip");
    expect(await response.text()).toBe(PAGE);
    expect(response.headers.get("content-security-policy")).toBe(policyFor(PAGE));
  });

  it("passes a non-HTML answer through methods kept from before its headers", async () => {
    const response = await fetch(`${base}/captured`);
    expect(await response.text()).toBe("{}");
    expect(response.headers.get("content-security-policy")).toBe(DEFAULT_POLICY);
  });

  it("gives other answers the security headers, body untouched", async () => {
    const response = await fetch(`${base}/json`);
    for (const { key, value } of SECURITY_HEADERS) expect(response.headers.get(key)).toBe(value);
    expect(await response.text()).toBe("{}");
  });

  it("keeps a route's own policy and headers: an HTML answer under `sandbox` gets no script hash, and the other security headers are added", async () => {
    const response = await fetch(`${base}/sandboxed`);
    expect(response.headers.get("content-security-policy")).toBe("sandbox; default-src 'none'");
    expect(response.headers.get("referrer-policy")).toBe("no-referrer");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(await response.text()).toContain("alert(document.domain)");
  });
});
