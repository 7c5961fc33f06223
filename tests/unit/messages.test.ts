import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import th from "@/messages/th.json";

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

describe("messages", () => {
  it("have the same keys in Thai and English", () => {
    expect(keys(th as Tree).sort()).toEqual(keys(en as Tree).sort());
  });

  it("have no empty texts", () => {
    for (const [name, tree] of [["th", th], ["en", en]] as const) {
      const flat = keys(tree as Tree);
      expect(flat.length).toBeGreaterThan(50);
      const get = (path: string) => path.split(".").reduce<unknown>((node, k) => (node as Tree)[k], tree);
      for (const k of flat) expect((get(k) as string).trim(), `${name}:${k}`).not.toBe("");
    }
  });
});
