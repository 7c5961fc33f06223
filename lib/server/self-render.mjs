// This process asking itself to render answers again and store them: after a
// save (lib/cache/render-on-write.ts) and at a Bangkok midnight
// (lib/server/midnight-pass.mjs). Each is an ordinary request to the server's
// own address with its per-process secret (lib/server/refresh.mjs), so the
// caches in front of Next neither answer it nor keep it from being stored.
// One at a time: a pass takes at most one core from readers.
import { REFRESH_HEADER, refreshToken } from "./refresh.mjs";

/**
 * Asks `self` (the server's origin) for each of `paths` in turn, while
 * `current()` holds; an answer that fails is left to its first reader.
 * Resolves with how many were answered.
 */
export async function renderAgain(self, paths, current = () => true) {
  let answered = 0;
  for (const path of paths) {
    if (!current()) break;
    try {
      const answer = await fetch(new URL(path, self), {
        headers: { [REFRESH_HEADER]: refreshToken(), "accept-encoding": "gzip" },
        redirect: "manual",
        signal: AbortSignal.timeout(30_000),
      });
      // Read whole: the answer is stored once it has gone out.
      await answer.arrayBuffer();
      answered += 1;
    } catch {
      // Its first reader renders it instead.
    }
  }
  return answered;
}
