// The one spelling of each address (lib/server/canonical-path.mjs).
import { describe, expect, it } from "vitest";
import { canonicalPath } from "@/lib/server/canonical-path.mjs";

describe("canonicalPath", () => {
  it.each([
    ["/en/editor", "/en/editor"],
    ["/", "/"],
    ["/en/%65ditor", "/en/editor"],
    ["/en/%65%64itor/agreements/9", "/en/editor/agreements/9"],
    ["/en/%45ditor", "/en/Editor"],
    ["/EN/editor", "/en/editor"],
    ["/Th/sign-in", "/th/sign-in"],
    ["/en//editor", "/en/editor"],
    ["//en/editor/", "/en/editor"],
    ["/en/./editor", "/en/editor"],
    ["/en/x/../editor", "/en/editor"],
    ["/en/%2e%2e/th/editor", "/th/editor"],
    ["/en/%2E/editor", "/en/editor"],
    ["/en/.%2e/ja/editor", "/ja/editor"],
    ["/../../en/editor", "/en/editor"],
    ["/en\\editor", "/en/editor"],
    ["/api/x/../v1/agreements", "/api/v1/agreements"],
    ["/api/%76%31/agreements", "/api/v1/agreements"],
    ["/en/editor;x", "/en/editor;x"],
    ["/en/editor%3Bx", "/en/editor;x"],
    ["/th/organizations/%e0%b8%81", "/th/organizations/%E0%B8%81"],
    ["/en/agreements/~/page%3D2", "/en/agreements/~/page=2"],
    ["/_next/static/chunks/[root]__a._.js", "/_next/static/chunks/[root]__a._.js"],
    ["/en/a%20b", "/en/a%20b"],
    ["http://evil.example/en/%65ditor", "/en/editor"],
  ])("%s → %s", (path, canonical) => {
    expect(canonicalPath(path)).toBe(canonical);
    // Canonical is a fixed point: a redirect to it is never redirected again.
    expect(canonicalPath(canonical)).toBe(canonical);
  });

  it.each(["/en%2Feditor", "/en/%2565ditor", "/th/%25", "/en/%E0%B8", "/en/%ZZ", "/en/a%00", "/en/%5Ceditor", "/en/%0Aeditor", "*"])("%s has no canonical form", (path) => {
    expect(canonicalPath(path)).toBeNull();
  });
});
