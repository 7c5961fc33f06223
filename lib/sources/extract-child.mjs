// The text of an archived PDF or HTML file, read in a child process of its
// own (lib/sources/extract.ts starts it): the file is untrusted, and pdf.js
// holds the event loop and the heap while it parses — in the server's process
// a small PDF of many pages ran it out of memory and a 188 kB one froze every
// reader for seconds (issue 24, part 4). Here it can only exhaust this
// process, which the parent bounds (heap, memory, time) and kills.
//
// Reads the file's bytes from standard input, its type from argv[2] ("pdf"
// or "html"), and writes one line of JSON to standard output:
// {ok: true, text} or {ok: false, error}.
import { convert } from "html-to-text";
import { extractText, getDocumentProxy } from "unpdf";

/** More pages than any source the registry cites (the longest white paper has a few hundred). */
export const MAX_PAGES = 1000;
/** More text than any source holds: past it, the file is not what it claims. */
const MAX_TEXT_CHARS = 10_000_000;

async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

async function pdfText(bytes) {
  let doc;
  try {
    // verbosity 0: a damaged file is the editor's to hear of, not the log's.
    doc = await getDocumentProxy(bytes, { verbosity: 0, isEvalSupported: false });
  } catch {
    return { ok: false, error: "archiveUnreadable" };
  }
  if (doc.numPages > MAX_PAGES) return { ok: false, error: "archiveTooManyPages" };
  try {
    const { text } = await extractText(doc, { mergePages: true });
    if (text.length > MAX_TEXT_CHARS) return { ok: false, error: "archiveTooComplex" };
    // pdf.js gives U+0000 for a glyph it cannot map to a character (Thai
    // tone marks drawn as positional variants, often): PostgreSQL cannot
    // store NUL in text, and U+FFFD says the same thing.
    return { ok: true, text: text.replace(/\u0000/g, "\uFFFD") };
  } catch (error) {
    // A stack overflow (objects nested beyond reason) is a file built to hurt.
    return { ok: false, error: error instanceof RangeError ? "archiveTooComplex" : "archiveUnreadable" };
  }
}

function htmlText(bytes) {
  const text = convert(new TextDecoder().decode(bytes), {
    wordwrap: false,
    selectors: [
      { selector: "a", options: { ignoreHref: true } },
      { selector: "img", format: "skip" },
      { selector: "script", format: "skip" },
      { selector: "style", format: "skip" },
    ],
  });
  return { ok: true, text };
}

const bytes = await readStdin();
let result;
try {
  result = process.argv[2] === "pdf" ? await pdfText(bytes) : htmlText(bytes);
} catch (error) {
  result = { ok: false, error: error instanceof RangeError ? "archiveTooComplex" : "archiveUnreadable" };
}
process.stdout.write(JSON.stringify(result) + "\n", () => process.exit(0));
