// Each enumeration's values are written once, in prisma/schema.prisma; the
// code takes its lists from the generated client (lib/enums.ts). A list typed
// out again (all of an enumeration's values, in order, as an array or a
// union type, in a source file)
// fails here; subsets (the interface's two languages, the publication
// actions) are not lists of the enumeration.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as enums from "@/lib/generated/prisma/enums";

const root = path.resolve(import.meta.dirname, "../..");
const SKIP = new Set(["lib/generated", "node_modules", "prisma/migrations", "prisma/seed-sources"]);

function sources(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((name) => {
    const rel = path.join(dir, name);
    if (SKIP.has(rel)) return [];
    if (statSync(path.join(root, rel)).isDirectory()) return sources(rel);
    return /\.(ts|tsx)$/.test(name) && !/\.test\.tsx?$/.test(name) ? [rel] : [];
  });
}

describe("lists of values", () => {
  const files = ["app", "components", "lib", "scripts", "prisma"].flatMap(sources).map((rel) => [rel, readFileSync(path.join(root, rel), "utf8")] as const);

  it("finds the source files it checks", () => {
    expect(files.length).toBeGreaterThan(50);
  });

  for (const [name, enumeration] of Object.entries(enums)) {
    if (typeof enumeration !== "object") continue;
    const values = Object.values(enumeration as Record<string, string>);
    it(`${name}: no source file types out its values again`, () => {
      // As an array (`"A", "B"`) or a union type (`"A" | "B"`).
      const list = new RegExp(values.map((value) => `["']${value}["']`).join("\\s*[,|]\\s*"));
      const offenders = files.filter(([, text]) => list.test(text)).map(([rel]) => rel);
      expect(offenders).toEqual([]);
    });
  }
});
