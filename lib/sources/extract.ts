// The text of an uploaded archive file, by a well-kept library per type:
// unpdf (pdf.js, packaged for servers) for PDF, html-to-text for HTML. The
// type is decided by the file's own bytes, not by its name or the browser's
// word: a PDF starts with "%PDF-", HTML and plain text are UTF-8.
import { convert } from "html-to-text";
import { extractText, getDocumentProxy } from "unpdf";
import { ARCHIVE_MAX_BYTES, type ArchiveMediaType } from "@/lib/sources/media";

export { ARCHIVE_MAX_BYTES, type ArchiveMediaType };

export type Extracted = { ok: true; mediaType: ArchiveMediaType; text: string } | { ok: false; error: "archiveType" | "archiveEmpty" | "archiveUnreadable" | "archiveTooLarge" };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const looksLikeHtml = (text: string) => /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(text);

export async function extractArchive(bytes: Uint8Array): Promise<Extracted> {
  if (bytes.byteLength > ARCHIVE_MAX_BYTES) return { ok: false, error: "archiveTooLarge" };
  if (bytes.byteLength === 0) return { ok: false, error: "archiveEmpty" };
  if (startsWith(bytes, "%PDF-")) {
    try {
      // pdf.js takes the buffer over: it gets a copy, the caller keeps the file.
      // verbosity 0: a damaged file is the editor's to hear of, not the log's.
      const doc = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
      const { text } = await extractText(doc, { mergePages: true });
      // pdf.js gives U+0000 for a glyph it cannot map to a character (Thai
      // tone marks drawn as positional variants, often): PostgreSQL cannot
      // store NUL in text, and U+FFFD says the same thing.
      return nonEmpty("application/pdf", text.replace(/\u0000/g, "\uFFFD"));
    } catch {
      return { ok: false, error: "archiveUnreadable" };
    }
  }
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    // Not UTF-8: an image, an office document, a text in a legacy encoding.
    return { ok: false, error: "archiveType" };
  }
  // A NUL in "text" means a binary file that happens to decode.
  if (decoded.includes("\u0000")) return { ok: false, error: "archiveType" };
  if (looksLikeHtml(decoded)) {
    const text = convert(decoded, {
      wordwrap: false,
      selectors: [
        { selector: "a", options: { ignoreHref: true } },
        { selector: "img", format: "skip" },
        { selector: "script", format: "skip" },
        { selector: "style", format: "skip" },
      ],
    });
    return nonEmpty("text/html", text);
  }
  return nonEmpty("text/plain", decoded.replace(/^\uFEFF/, ""));
}

function nonEmpty(mediaType: ArchiveMediaType, text: string): Extracted {
  return text.replace(/[\s\uFFFD]/g, "") === "" ? { ok: false, error: "archiveEmpty" } : { ok: true, mediaType, text };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.byteLength < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}
