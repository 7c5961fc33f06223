// The passage to show under a search result, with the words that matched
// marked. Pure: the page renders the parts, marking those with `mark: true`.
// It marks whole words (as the index splits them, lib/search/segment.ts),
// exactly those the query matched (lib/search/query.ts, `needles`): never
// "ai" inside "Thailand"; for "AI", "ปัญญาประดิษฐ์" where a synonym matched;
// nothing at all when a record matched only by a year its dates fall in.
import type { Passage } from "./index-agreement";
import type { Needle } from "./query";
import { wordSpans } from "./segment";
import type { Locale } from "@/i18n/locales";

export interface Highlight {
  field: Passage["field"];
  lang: Passage["lang"];
  parts: Array<{ text: string; mark: boolean }>;
}

const CONTEXT = 70;
const FIELD_ORDER: Passage["field"][] = ["title", "scopeArea", "party", "signatory", "summary", "quote"];

/** Where the needles stand in a text: [start, end) of each match. */
function matches(text: string, needles: Needle[]): Array<[number, number]> {
  const spans = wordSpans(text);
  const found: Array<[number, number]> = [];
  for (let i = 0; i < spans.length; i++) {
    for (const { words, prefix } of needles) {
      if (prefix ? spans[i]!.word.startsWith(words[0]!) : words.every((w, k) => spans[i + k]?.word === w)) {
        found.push([spans[i]!.start, spans[i + (prefix ? 0 : words.length - 1)]!.end]);
      }
    }
  }
  return found;
}

/** The first passage (titles first, quotes last; the reader's language first) holding a matched word. */
export function highlight(passages: Passage[], needles: Needle[], locale: Locale): Highlight | null {
  if (needles.length === 0) return null;
  const ordered = [...passages].sort(
    (x, y) => FIELD_ORDER.indexOf(x.field) - FIELD_ORDER.indexOf(y.field) || Number(y.lang === locale) - Number(x.lang === locale),
  );
  // A needle's letters, run together: a passage whose letters do not hold them
  // cannot hold its words (a word is a run of the text's letters), and is not
  // cut into words (the segmenter was most of a search's highlighting).
  const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}]/gu, "");
  const runs = needles.map((n) => n.words.join(""));
  for (const passage of ordered) {
    // Positions are in the NFC text the segmenter saw.
    const text = passage.text.normalize("NFC");
    const held = letters(text);
    if (!runs.some((run) => held.includes(run))) continue;
    const spans = matches(text, needles);
    if (spans.length === 0) continue;
    spans.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push([...span]);
    }
    const start = Math.max(0, merged[0]![0] - CONTEXT);
    const end = Math.min(text.length, merged[0]![1] + CONTEXT * 2);
    const parts: Highlight["parts"] = [];
    let cursor = start;
    for (const [from, to] of merged) {
      if (from >= end) break;
      if (from > cursor) parts.push({ text: text.slice(cursor, from), mark: false });
      parts.push({ text: text.slice(Math.max(from, cursor), Math.min(to, end)), mark: true });
      cursor = Math.min(to, end);
    }
    if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false });
    if (start > 0) parts.unshift({ text: "…", mark: false });
    if (end < text.length) parts.push({ text: "…", mark: false });
    return { field: passage.field, lang: passage.lang, parts };
  }
  return null;
}
