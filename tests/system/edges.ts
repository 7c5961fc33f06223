// What the serving-layer system tests share: requests sent exactly as
// written (fetch, like a browser, resolves ".." and re-escapes; a crawler or
// an attacker need not), and a crawler's burst whose clients leave.
import http from "node:http";

export type RawAnswer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** One request with `path` sent as written; the body read whole. */
export function raw(origin: string, path: string, headers: Record<string, string> = {}, method = "GET", body?: string): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const request = http.request(`${origin}/`, { path, method, headers, agent: false }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (d: string) => (text += d));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
      res.on("error", reject);
    });
    request.on("error", reject);
    request.end(body);
  });
}

/** Like `raw`, following redirects (as a browser would, sending the location as given). */
export async function rawFollow(origin: string, path: string, headers: Record<string, string> = {}): Promise<RawAnswer & { path: string }> {
  let at = path;
  for (let hop = 0; hop < 5; hop++) {
    const answer = await raw(origin, at, headers);
    const location = answer.headers.location;
    if (answer.status < 300 || answer.status >= 400 || !location) return { ...answer, path: at };
    at = location.startsWith("/") ? location : new URL(location).pathname + new URL(location).search;
  }
  throw new Error(`too many redirects from ${path}`);
}

/**
 * A crawler's burst: `connections` clients asking distinct addresses from
 * `paths` for `ms`, each leaving (closing its connection) after a random
 * few milliseconds, some while their request waits for a place, some while
 * it is at work. Resolves when the burst is over.
 */
export async function leavingBurst(origin: string, paths: string[], connections: number, ms: number): Promise<number> {
  const { hostname, port } = new URL(origin);
  const end = Date.now() + ms;
  let sent = 0;
  const client = async () => {
    while (Date.now() < end) {
      const path = paths[sent++ % paths.length]!;
      await new Promise<void>((resolve) => {
        const request = http.get({ hostname, port, path, agent: false }, (res) => res.resume());
        request.on("error", () => resolve());
        request.on("close", () => resolve());
        setTimeout(() => request.destroy(), 5 + Math.random() * 400);
      });
    }
  };
  await Promise.all(Array.from({ length: connections }, client));
  return sent;
}
