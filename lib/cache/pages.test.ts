import { describe, expect, it } from "vitest";
import { listPagePath, pathWithoutQuery, queryOf, queryStringOf } from "./pages";

const path = (url: string) => listPagePath(new URL(url, "http://registry.test"));

describe("a list's query in the path", () => {
  it("moves the query of a public list into one path segment, in a stable order", () => {
    expect(path("/en/agreements?status=in_effect&page=2")).toBe("/en/agreements/~/page%3D2%26status%3Din_effect");
    expect(path("/en/agreements?page=2&status=in_effect")).toBe(path("/en/agreements?status=in_effect&page=2"));
    expect(path("/th/organizations/mic?page=3")).toBe("/th/organizations/mic/~/page%3D3");
    expect(path("/th/scope-areas/cybersecurity?page=2")).toBe("/th/scope-areas/cybersecurity/~/page%3D2");
    expect(path("/en/timeline?from=2015&to=2020")).toBe("/en/timeline/~/from%3D2015%26to%3D2020");
    expect(path("/en/expiring?view=unclear")).toBe("/en/expiring/~/view%3Dunclear");
  });

  it("leaves alone what needs no rewriting: no query, empty values, Next's own _rsc, other pages", () => {
    expect(path("/en/agreements")).toBeNull();
    expect(path("/en/agreements?status=&kind=")).toBeNull();
    expect(path("/en/agreements?_rsc=abc")).toBeNull();
    expect(path("/en/agreements?_rsc=abc&page=2")).toBe("/en/agreements/~/page%3D2");
    expect(path("/en/agreements/moc-postal-services?x=1")).toBeNull();
    expect(path("/en/editor?state=draft")).toBeNull();
    expect(path("/en?x=1")).toBeNull();
  });

  it("gives the page back the query as Next's searchParams would, Thai and repeated keys included", () => {
    const segment = path("/th/agreements?q=ไซเบอร์&scope=a&scope=b")!.split("/").pop()!;
    expect(queryOf(segment)).toEqual({ q: "ไซเบอร์", scope: ["a", "b"] });
    // Decoded or not, as Next may hand it over.
    expect(queryOf(decodeURIComponent(segment))).toEqual({ q: "ไซเบอร์", scope: ["a", "b"] });
    expect(queryOf(undefined)).toEqual({});
  });

  it("gives the language switch the address the reader asked for", () => {
    expect(pathWithoutQuery("/en/agreements/~/page%3D2")).toBe("/en/agreements");
    expect(pathWithoutQuery("/en/agreements")).toBe("/en/agreements");
    expect(queryStringOf("page%3D2%26status%3Din_effect")).toBe("page=2&status=in_effect");
  });
});
