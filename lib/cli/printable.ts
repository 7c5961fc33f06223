// Text from the database as a terminal may print it: control characters (C0,
// DEL, C1: ESC starts the sequences that recolour, move the cursor, retitle
// the window or hide text) and the bidirectional overrides that reorder what
// is shown become visible \u escapes. A quote is an editor's paste, and a
// command's output is read by whoever runs it (issue 26, part 8).
// Hand-written: strip-ansi and its kin remove known ANSI sequences only and
// leave a bare CR, BS or BEL, which rewrite a line as well; one expression
// showing every such character is simpler and complete.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
