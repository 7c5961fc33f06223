// scripts/patch-next.mjs: Next's IncrementalCache measures an entry only where its size is used.
import { describe, expect, it } from "vitest";
// @ts-expect-error -- a plain script, without type declarations
import { patchNext } from "../../scripts/patch-next.mjs";

describe("the patch to Next's cache (scripts/patch-next.mjs)", () => {
  it("is applied to every installed file that holds the code (npm install runs it), and none holds the pattern unpatched", () => {
    const result: Array<{ file: string; state: string }> = patchNext({ write: false });
    // The server runtimes that cache pages and route answers, and the readable copies.
    expect(result.filter((r) => /app-page(-turbo)?\.runtime\.prod\.js$/.test(r.file)).map((r) => r.state)).toEqual(["patched", "patched"]);
    expect(result.filter((r) => /incremental-cache\/index\.js$/.test(r.file)).map((r) => r.state)).toEqual(["patched", "patched"]);
    expect(result.filter((r) => r.state !== "patched")).toEqual([]);
  });
});
