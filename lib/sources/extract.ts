// The text of an uploaded archive file, by a well-kept library per type:
// unpdf (pdf.js, packaged for servers) for PDF, html-to-text for HTML. The
// type is decided by the file's own bytes, not by its name or the browser's
// word: a PDF starts with "%PDF-", HTML and plain text are UTF-8.
//
// PDF and HTML are parsed in a child process (lib/sources/extract-child.mjs)
// with a capped heap, a memory ceiling and a time limit, killed past any of
// them: a file built to hurt (thousands of pages, a compression bomb, objects
// nested beyond reason, a page tree that loops) costs that child, never the
// server's memory or the readers' time (issue 24, part 4). A child process
// rather than a worker thread because a worker's resourceLimits bound only
// its JavaScript heap, while pdf.js inflates streams into ArrayBuffers
// outside it, and a worker that runs the process out of memory takes the
// server down with it.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ARCHIVE_MAX_BYTES, type ArchiveMediaType } from "@/lib/sources/media";

export { ARCHIVE_MAX_BYTES, type ArchiveMediaType };

export type ExtractError = "archiveType" | "archiveEmpty" | "archiveUnreadable" | "archiveTooLarge" | "archiveTooManyPages" | "archiveTooComplex";
export type Extracted = { ok: true; mediaType: ArchiveMediaType; text: string } | { ok: false; error: ExtractError };

/** The child's limits: its V8 heap, its whole memory (resident), and its time. */
export const EXTRACT_LIMITS = { heapMb: 256, residentMb: 512, timeMs: Number(process.env.EXTRACT_TIME_MS ?? 30_000) };

const utf8 = new TextDecoder("utf-8", { fatal: true });
const looksLikeHtml = (text: string) => /^\s*(<!doctype\s+html|<html[\s>]|<head[\s>]|<body[\s>]|<meta[\s>])/i.test(text);

export async function extractArchive(bytes: Uint8Array): Promise<Extracted> {
  if (bytes.byteLength > ARCHIVE_MAX_BYTES) return { ok: false, error: "archiveTooLarge" };
  if (bytes.byteLength === 0) return { ok: false, error: "archiveEmpty" };
  if (startsWith(bytes, "%PDF-")) return nonEmpty("application/pdf", await inChild("pdf", bytes));
  let decoded: string;
  try {
    decoded = utf8.decode(bytes);
  } catch {
    // Not UTF-8: an image, an office document, a text in a legacy encoding.
    return { ok: false, error: "archiveType" };
  }
  // A NUL in "text" means a binary file that happens to decode.
  if (decoded.includes("\u0000")) return { ok: false, error: "archiveType" };
  if (looksLikeHtml(decoded)) return nonEmpty("text/html", await inChild("html", bytes));
  return nonEmpty("text/plain", { ok: true, text: decoded.replace(/^\uFEFF/, "") });
}

type ChildResult = { ok: true; text: string } | { ok: false; error: ExtractError };

// Resolved from the app's folder at run time: the bundler must not take the
// child in (it runs on its own, with its own node_modules imports).
const CHILD = () => path.join(process.cwd(), "lib", "sources", "extract-child.mjs");

/** Resident memory of a process in MB (Linux /proc; 0 where it cannot be read). */
function residentMb(pid: number): number {
  try {
    const pages = Number(readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]);
    return (pages * 4096) / 1024 / 1024;
  } catch {
    return 0;
  }
}

function inChild(kind: "pdf" | "html", bytes: Uint8Array): Promise<ChildResult> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${EXTRACT_LIMITS.heapMb}`, CHILD(), kind], {
      stdio: ["pipe", "pipe", "ignore"],
      env: { PATH: process.env.PATH ?? "", NODE_ENV: "production" },
    });
    // The lowest CPU priority: on a small machine the child and the server
    // share cores, and readers come first (a reader's p99 during a hostile
    // upload is in README, "Measured").
    if (child.pid) {
      try {
        os.setPriority(child.pid, 19);
      } catch {
        // Not permitted here: it runs at the server's priority.
      }
    }
    let out = "";
    let limitHit = false;
    const kill = () => {
      limitHit = true;
      child.kill("SIGKILL");
    };
    const timer = setTimeout(kill, EXTRACT_LIMITS.timeMs);
    const watch = setInterval(() => {
      if (child.pid && residentMb(child.pid) > EXTRACT_LIMITS.residentMb) kill();
    }, 50);
    child.stdout.setEncoding("utf8");
    child.stdout.on("data", (chunk: string) => (out += chunk));
    child.stdin.on("error", () => {}); // the child may be gone before it has read everything
    child.stdin.end(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    child.on("error", () => finish({ ok: false, error: "archiveUnreadable" }));
    child.on("close", (code) => {
      if (limitHit || code !== 0) return finish({ ok: false, error: "archiveTooComplex" });
      try {
        finish(JSON.parse(out) as ChildResult);
      } catch {
        finish({ ok: false, error: "archiveUnreadable" });
      }
    });
    let done = false;
    function finish(result: ChildResult) {
      if (done) return;
      done = true;
      clearTimeout(timer);
      clearInterval(watch);
      resolve(result);
    }
  });
}

function nonEmpty(mediaType: ArchiveMediaType, result: ChildResult): Extracted {
  if (!result.ok) return result;
  return result.text.replace(/[\s\uFFFD]/g, "") === "" ? { ok: false, error: "archiveEmpty" } : { ok: true, mediaType, text: result.text };
}

function startsWith(bytes: Uint8Array, ascii: string): boolean {
  if (bytes.byteLength < ascii.length) return false;
  for (let i = 0; i < ascii.length; i++) if (bytes[i] !== ascii.charCodeAt(i)) return false;
  return true;
}
