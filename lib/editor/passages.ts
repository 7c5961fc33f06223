// Citations as passages: a passage of a source is entered once and backs
// any number of facts. Before 5 December 2026 every fact had its own copy of
// the passage (`fact` and `row` beside the quote); revisions saved then, the
// curated seed and API clients written then still send that shape. Here it is
// read as passages, the way the migration 20261205010000_citation_passages
// read the stored rows: entries of one record that agree in everything but
// the fact (source, quote, renderings, notes, disagreement) are one passage.
// Pure: the browser's form, the server and the seed share it.

/** A citation in the shape before passages: one fact per entry. */
export interface LegacyCitation {
  source: number;
  fact: string;
  row: number | null;
  quote: string;
  quoteEn?: string;
  quoteTh?: string;
  quoteJa?: string;
  noteTh?: string;
  noteEn?: string;
  noteJa?: string;
  contradicts?: boolean;
}

export interface PassageOf<F> {
  source: number;
  quote: string;
  quoteEn: string;
  quoteTh: string;
  quoteJa: string;
  noteTh: string;
  noteEn: string;
  noteJa: string;
  contradicts: boolean;
  facts: F[];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isLegacy = (c: unknown): c is LegacyCitation => isRecord(c) && "fact" in c && !("facts" in c);
const textOf = (v: unknown) => (typeof v === "string" ? v : "");

/** Groups one-fact citations into passages, in the order each passage first appears. */
export function groupIntoPassages<F extends { fact: string; row: number | null }>(entries: Array<Omit<LegacyCitation, "fact" | "row"> & F>): Array<PassageOf<F>> {
  const passages = new Map<string, PassageOf<F>>();
  for (const entry of entries) {
    const { fact, row, ...rest } = entry;
    const passage: Omit<PassageOf<F>, "facts"> = {
      source: rest.source,
      quote: textOf(rest.quote),
      quoteEn: textOf(rest.quoteEn),
      quoteTh: textOf(rest.quoteTh),
      quoteJa: textOf(rest.quoteJa),
      noteTh: textOf(rest.noteTh),
      noteEn: textOf(rest.noteEn),
      noteJa: textOf(rest.noteJa),
      contradicts: rest.contradicts === true,
    };
    // Compared as stored: the texts are trimmed on save, so copies that
    // differ only in surrounding spaces are one passage, as in the database.
    const key = JSON.stringify(Object.values(passage).map((v) => (typeof v === "string" ? v.trim() : v)));
    const existing = passages.get(key) ?? { ...passage, facts: [] };
    const factKey = `${fact}:${row ?? ""}`;
    if (!existing.facts.some((f) => `${f.fact}:${f.row ?? ""}` === factKey)) existing.facts.push({ ...entry, fact, row } as unknown as F);
    passages.set(key, existing);
  }
  return [...passages.values()].map((p) => ({ ...p, facts: p.facts.map((f) => ({ fact: f.fact, row: f.row }) as F) }));
}

/**
 * The agreement input with one-fact citations read as passages; anything
 * else (input already in passages, or not an object) unchanged, for the
 * schema to judge.
 */
export function passagesFromLegacy(input: unknown): unknown {
  if (!isRecord(input) || !Array.isArray(input.citations) || !input.citations.some(isLegacy)) return input;
  const legacy = input.citations.filter(isLegacy);
  const current = input.citations.filter((c) => !isLegacy(c));
  return { ...input, citations: [...current, ...groupIntoPassages(legacy)] };
}
