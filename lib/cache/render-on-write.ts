// After a save that changed public records, the process that saved renders
// their answers again — the record's page in each language and its API
// answer, and those of the records related to it — so that the first reader
// after an edit, on any instance, is served from the shared store
// (lib/server/answer-store.mjs) instead of waiting for a render.
//
// The renders are this server's own requests to itself, marked with its
// per-process secret (lib/server/refresh.mjs) so that they skip the caches in
// front of Next. They start LEARNING_LAG_MS after the write: an answer
// rendered earlier is not stored (another instance may not have learned of
// the write yet), and the editor's answer never waits for them.
import { locales } from "@/i18n/locales";
import { LEARNING_LAG_MS } from "@/lib/server/answer-store.mjs";
import { REFRESH_HEADER, refreshToken } from "@/lib/server/refresh.mjs";

/** The addresses of a record's public answers. */
export function recordAnswers(slug: string): string[] {
  const encoded = encodeURIComponent(slug);
  return [...locales.map((locale) => `/${locale}/agreements/${encoded}`), `/api/v1/agreements/${encoded}`];
}

async function render(self: string, paths: string[]): Promise<void> {
  for (const path of paths) {
    try {
      const answer = await fetch(new URL(path, self), {
        headers: { [REFRESH_HEADER]: refreshToken(), "accept-encoding": "gzip" },
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
      });
      // Read whole: the answer is stored once it has gone out.
      await answer.arrayBuffer();
    } catch {
      // A record's first reader renders it instead.
    }
  }
}

/** Renders the public answers of these records again, soon after the write that changed them. */
export function renderOnWrite(slugs: string[]): void {
  // Where `next start` listens (scripts/serve.mjs records it); absent under `next dev` and in scripts.
  const self = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!self || slugs.length === 0 || !process.env.REGISTRY_REFRESH_TOKEN) return;
  const paths = [...new Set(slugs)].flatMap(recordAnswers);
  setTimeout(() => void render(self, paths), LEARNING_LAG_MS + 100).unref();
}
