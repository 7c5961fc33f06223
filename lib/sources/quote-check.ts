// Is a citation's quote in its source's archived text? "Verbatim" allows for
// what copying and extraction change without changing the words:
// - Thai text is written without spaces between words, and copies put line
//   breaks and spaces in different places: all white space is ignored;
// - Thai digits (๐–๙) and Arabic digits are the same numbers;
// - compatibility forms (full-width Latin letters and digits in Japanese
//   text, ligatures) are folded by NFKC; zero-width characters are dropped;
// - typographic quotes and dashes count as the plain ones.
// Written here rather than taken from a library because the rules are the
// registry's own (no library folds Thai digits and spacing this way); the
// seed test used the same rules before there were archives.

const THAI_ZERO = 0x0e50;
const THAI_DIGIT = /[\u0E50-\u0E59]/g;
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
const SPACE = /\s+/gu;
// Characters a PDF draws without saying which letter they are: text
// extraction gives U+0000 or U+FFFD for them.
const UNMAPPED = /[\u0000\uFFFD]/g;
// Thai tone marks and the marks above and below consonants.
const THAI_MARKS = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;

export function normalizeForQuotes(text: string, { ignoreThaiMarks = false } = {}): string {
  let s = text
    .normalize("NFKC")
    .replace(THAI_DIGIT, (d) => String(d.charCodeAt(0) - THAI_ZERO))
    .replace(/[\u2018\u2019\u201A\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, "-")
    .replace(INVISIBLE, "")
    .replace(SPACE, "");
  // PDFs often draw a Thai tone mark over a raised vowel as a separate glyph
  // with no Unicode mapping, so the extracted text lacks it (U+0000 in its
  // place). For a PDF's text, marks are ignored on both sides: a quote that
  // differs from the PDF only in its marks is found.
  if (ignoreThaiMarks) s = s.replace(UNMAPPED, "").replace(THAI_MARKS, "");
  return s;
}

/** What a source's archive looks like to the check: its text, normalized once. */
export interface ArchivedText {
  strict: string;
  /** Only for texts extracted from a PDF (see normalizeForQuotes). */
  lenient: string | null;
}

export function prepareArchivedText(text: string, mediaType: string): ArchivedText {
  return { strict: normalizeForQuotes(text), lenient: mediaType === "application/pdf" ? normalizeForQuotes(text, { ignoreThaiMarks: true }) : null };
}

export function quoteFoundIn(archive: ArchivedText, quote: string): boolean {
  const q = normalizeForQuotes(quote);
  if (q === "") return false;
  if (archive.strict.includes(q)) return true;
  return archive.lenient !== null && archive.lenient.includes(normalizeForQuotes(quote, { ignoreThaiMarks: true }));
}

/**
 * An archived text for reading on a page: runs of spaces and blank lines
 * (page layout in the original) collapsed. The quote check and the
 * download use the text as archived.
 */
export function readableArchiveText(text: string): string {
  return text
    .replace(/\u0000/g, "")
    .replace(/[ \t\u00A0]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}
