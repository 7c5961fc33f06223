// What a query's words stand for, before any SQL: years in every calendar
// the registry's readers write (2025, 2568, 令和7年), and the words of a
// synonym phrase. Pure, so the indexer and the query agree by construction.
import { segmentWords } from "./segment";

const ERAS: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925 };
const ERA_YEAR = /(令和|平成|昭和)\s*(元|\d{1,2})\s*年?/gu;
// "พ.ศ." and "ค.ศ." name the calendar of the number that follows; the number says the rest.
const THAI_ERA_MARK = /(?:พ|ค)\s*\.\s*ศ\s*\./gu;

/** The query with Japanese era years written as Gregorian ones and Thai era marks dropped. */
export function normalizeQuery(query: string): string {
  return query
    .normalize("NFC")
    .replace(ERA_YEAR, (_, era: string, n: string) => ` ${ERAS[era]! + (n === "元" ? 1 : Number(n))} `)
    .replace(THAI_ERA_MARK, " ");
}

/**
 * The Gregorian year a query word names, or null: four digits in the
 * registry's span, read as the Buddhist Era when they are 543 years ahead
 * (2568 → 2025). Between the two ranges no year is ambiguous.
 */
export function yearOf(word: string): number | null {
  if (!/^\d{4}$/.test(word)) return null;
  const n = Number(word);
  if (n >= 1900 && n <= 2200) return n;
  if (n >= 2443 && n <= 2743) return n - 543;
  return null;
}

/** The index's token for a year a record's dates fall in (not a word anyone writes). */
export const yearToken = (year: number) => `y${year}`;

/** The words of a term (a word or a phrase), as the index splits them. */
export const termWords = (term: string) => segmentWords(term);

/** A letter count under which a query word matches whole words only: "AI" never matches inside "Thailand". */
export const SHORT_WORD = 3;
