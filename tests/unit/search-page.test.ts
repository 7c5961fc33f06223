// Which searches the page composer answers (lib/search/compose-page.ts,
// lib/server/search-page.mjs) and which it leaves to Next's render. What a
// composed page looks like is held to Next's render in
// tests/e2e/search-composed.spec.ts.
import { createServer, type IncomingMessage } from "node:http";
import { connect, type AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { composeSearchPage } from "@/lib/search/compose-page";
import { SEARCH_SLOT } from "@/lib/search/slot";
import { laneOf } from "@/lib/server/front-door.mjs";
import { INTERNAL_HEADER, refreshToken } from "@/lib/server/refresh.mjs";
import { COMPOSER, isSearchPage, serveComposed } from "@/lib/server/search-page.mjs";

const request = (url: string, headers: Record<string, string> = {}, method = "GET") => ({ url, method, headers }) as unknown as IncomingMessage;

describe("search pages handed to the composer", () => {
  it("takes a search of the list in each language, whole documents only", () => {
    for (const url of ["/th/agreements?q=ไปรษณีย์", "/en/agreements?q=postal&page=2", "/ja/agreements?sort=title&q=%E9%83%B5"]) expect(isSearchPage(request(url))).toBe(true);
    expect(isSearchPage(request("/en/agreements?q=postal", {}, "HEAD"))).toBe(true);
  });

  it("leaves the rest to Next: no query, another page, Next's own payloads, writes", () => {
    for (const url of ["/en/agreements", "/en/agreements?q=", "/en/agreements?page=2", "/en/agreements?xq=postal", "/en/timeline?q=postal", "/en/agreements/postal?q=x", "/en/agreements?q=postal&_rsc=1"])
      expect(isSearchPage(request(url)), url).toBe(false);
    expect(isSearchPage(request("/en/agreements?q=postal", { rsc: "1" }))).toBe(false);
    expect(isSearchPage(request("/en/agreements?q=postal", {}, "POST"))).toBe(false);
  });
});

describe("the composer declines what only Next's render shows right", () => {
  // Each of these returns before reading anything: no frame is asked for, no database is needed.
  it.each([
    ["another filter (the form draws it, the results depend on it)", "/en/agreements?q=postal&status=in_effect"],
    ["a sort the page cannot read (the page says so)", "/en/agreements?q=postal&sort=sideways"],
    ["a repeated parameter", "/en/agreements?q=postal&q=cyber"],
    ["a query of spaces", "/en/agreements?q=%20%20"],
    ["the frame's own placeholder", `/en/agreements?q=${SEARCH_SLOT}`],
    ["another page", "/en/timeline?q=postal"],
    ["an unknown language", "/de/agreements?q=postal"],
  ])("%s", async (_why, url) => {
    expect(await composeSearchPage(url)).toBeNull();
  });
});

describe("admission", () => {
  it("gives this process's own requests no place (the request that asks holds one), and a stranger's guess one", () => {
    expect(laneOf(request("/en/agreements?q=" + SEARCH_SLOT, { [INTERNAL_HEADER]: refreshToken() }))).toBeNull();
    expect(laneOf(request("/en/agreements?q=" + SEARCH_SLOT, { [INTERNAL_HEADER]: "guess" }))).toBe("search");
  });
});

describe("a search whose reader has left", () => {
  it("is not handed to Next's render once composed: nothing is written, and serveComposed says it is done", async () => {
    let handed: boolean | undefined;
    await new Promise<void>((resolve) => {
      const server = createServer(async (req, res) => {
        // The composer finishes only after the reader has gone.
        const left = new Promise<void>((gone) => res.once("close", () => gone()));
        (globalThis as Record<symbol, unknown>)[COMPOSER] = async () => (await left, "<html></html>");
        handed = await serveComposed(req, res);
        server.close();
        resolve();
      });
      server.listen(0, "127.0.0.1", () => {
        const socket = connect((server.address() as AddressInfo).port, "127.0.0.1", () => {
          socket.write("GET /en/agreements?q=postal HTTP/1.1\r\nHost: registry.test\r\n\r\n");
          // Gone before the page is ready.
          setImmediate(() => socket.destroy());
        });
      });
    });
    delete (globalThis as Record<symbol, unknown>)[COMPOSER];
    // true: nothing more to do (false would have Next render the page).
    expect(handed).toBe(true);
  });
});
