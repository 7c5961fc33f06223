// The passage to show under a search result, with the matching words marked.
// Pure: the page renders the parts, marking those with `mark: true`.
import type { Passage } from "./index-agreement";
import { segmentWords } from "./segment";
import type { Locale } from "@/i18n/locales";

export interface Highlight {
  field: Passage["field"];
  lang: Passage["lang"];
  parts: Array<{ text: string; mark: boolean }>;
}

const CONTEXT = 70;
const FIELD_ORDER: Passage["field"][] = ["title", "scopeArea", "party", "signatory", "summary", "quote"];

/**
 * The first passage (titles first, quotes last; the reader's language first)
 * containing a query word — or, for a misspelt query word, a word sharing its
 * first five letters.
 */
export function highlight(passages: Passage[], query: string, locale: Locale): Highlight | null {
  const words = segmentWords(query);
  if (words.length === 0) return null;
  const needles = [...words, ...words.filter((w) => w.length > 5).map((w) => w.slice(0, 5))];
  const ordered = [...passages].sort(
    (x, y) => FIELD_ORDER.indexOf(x.field) - FIELD_ORDER.indexOf(y.field) || Number(y.lang === locale) - Number(x.lang === locale),
  );
  for (const passage of ordered) {
    const lower = passage.text.toLowerCase();
    const spans: Array<[number, number]> = [];
    for (const needle of needles) {
      let at = lower.indexOf(needle);
      while (at !== -1) {
        spans.push([at, at + needle.length]);
        at = lower.indexOf(needle, at + needle.length);
      }
    }
    if (spans.length === 0) continue;
    spans.sort((a, b) => a[0] - b[0]);
    const merged: Array<[number, number]> = [];
    for (const span of spans) {
      const last = merged[merged.length - 1];
      if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
      else merged.push([...span]);
    }
    const start = Math.max(0, merged[0]![0] - CONTEXT);
    const end = Math.min(passage.text.length, merged[0]![1] + CONTEXT * 2);
    const parts: Highlight["parts"] = [];
    let cursor = start;
    for (const [from, to] of merged) {
      if (from >= end) break;
      if (from > cursor) parts.push({ text: passage.text.slice(cursor, from), mark: false });
      parts.push({ text: passage.text.slice(Math.max(from, cursor), Math.min(to, end)), mark: true });
      cursor = Math.min(to, end);
    }
    if (cursor < end) parts.push({ text: passage.text.slice(cursor, end), mark: false });
    if (start > 0) parts.unshift({ text: "…", mark: false });
    if (end < passage.text.length) parts.push({ text: "…", mark: false });
    return { field: passage.field, lang: passage.lang, parts };
  }
  return null;
}
