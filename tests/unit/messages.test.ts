import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";
import th from "@/messages/th.json";

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ""): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
const get = (tree: Tree, path: string) => path.split(".").reduce<unknown>((node, k) => (node as Tree)[k], tree) as string;
const files = [["th", th], ["en", en], ["ja", ja]] as const;

/** The arguments and rich-text tags a message uses ({count}, <first>), parsed by ICU's own parser. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const e of elements) {
      if (e.type === TYPE.argument || e.type === TYPE.number || e.type === TYPE.date || e.type === TYPE.time) found.add(e.value);
      if (e.type === TYPE.plural || e.type === TYPE.select) {
        found.add(e.value);
        for (const option of Object.values(e.options)) walk(option.value);
      }
      if (e.type === TYPE.tag) {
        found.add(`<${e.value}>`);
        walk(e.children);
      }
    }
  };
  walk(parse(message));
  return [...found].sort();
}

describe("messages", () => {
  it("have the same keys in Thai, English and Japanese", () => {
    expect(keys(th as Tree).sort()).toEqual(keys(en as Tree).sort());
    expect(keys(ja as Tree).sort()).toEqual(keys(en as Tree).sort());
  });

  it("have no empty texts", () => {
    for (const [name, tree] of files) {
      const flat = keys(tree as Tree);
      expect(flat.length).toBeGreaterThan(50);
      for (const k of flat) expect(get(tree as Tree, k).trim(), `${name}:${k}`).not.toBe("");
    }
  });

  it("use every argument the English text uses, and none that no language's text is given", () => {
    // A translation may use more than English does (Thai chooses its wording by a date's precision), never less.
    for (const k of keys(en as Tree)) {
      const english = argumentsOf(get(en as Tree, k));
      for (const [name, tree] of files) {
        const args = argumentsOf(get(tree as Tree, k));
        expect(args, `${name}:${k}`).toEqual(expect.arrayContaining(english));
        // The only extra argument the code passes: a date's precision (lib/dates).
        expect(args.filter((a) => !english.includes(a) && a !== "precision"), `${name}:${k}`).toEqual([]);
      }
    }
  });

  it("are translated into Japanese: no Japanese text is the English one left as it was", () => {
    // Texts that are the same in both: format names, codes and examples.
    const same = new Set(["AgreementList.downloadJson", "Editor.sources.format.pdf"]);
    const untranslated = keys(en as Tree).filter((k) => !same.has(k) && get(ja as Tree, k) === get(en as Tree, k));
    expect(untranslated).toEqual([]);
    // Japanese pages are written in Japanese: every text has kana or kanji, except those names and codes.
    const namesAndCodes = new Set([...same, "Editor.fields.url", "Editor.history.by", "Editor.sources.archivedByValue", "SourcePage.formats.pdf"]);
    const withoutJapanese = keys(ja as Tree).filter((k) => !namesAndCodes.has(k) && !/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u.test(get(ja as Tree, k)));
    expect(withoutJapanese).toEqual([]);
  });
});
