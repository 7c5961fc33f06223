// `next start`, with the front door (lib/server/front-door.mjs: the client's
// address, the API's rate limit, HSTS) and the front cache
// (lib/server/front-cache.mjs) before
// Next's request handler: Next's documented custom-server API
// (https://nextjs.org/docs/app/guides/custom-server) with the same handler
// `next start` uses. `npm start` (scripts/start.ts) runs this;
// `node scripts/serve.mjs -p PORT [-H HOST]` serves a built app directly.
import http from "node:http";
import { parseArgs } from "node:util";

process.env.NODE_ENV = "production";
const { values } = parseArgs({ options: { port: { type: "string", short: "p" }, hostname: { type: "string", short: "H" } } });
const port = Number(values.port ?? process.env.PORT ?? 3000);
const hostname = values.hostname;
// What `next start` tells the app about its own address (lib/http/origin.ts reads it).
process.env.PORT = String(port);
process.env.__NEXT_PRIVATE_ORIGIN = `http://${!hostname || hostname === "0.0.0.0" ? "localhost" : hostname}:${port}`;
process.title = "next-server (registry)";

const { default: next } = await import("next");
const { FrontCache } = await import("../lib/server/front-cache.mjs");
const { AnswerStore } = await import("../lib/server/answer-store.mjs");
// Made before Next loads: its presence tells a save that this server can render on write (lib/cache/render-on-write.ts).
(await import("../lib/server/refresh.mjs")).refreshToken();
const { FrontDoor } = await import("../lib/server/front-door.mjs");
const { withScriptPolicy } = await import("../lib/server/script-policy.mjs");
// A search page is composed from its frame and its results, without Next's render (lib/server/search-page.mjs).
const { isSearchPage, serveComposed } = await import("../lib/server/search-page.mjs");

const door = new FrontDoor();
let stopping = false;
// Whole public answers shared with every instance and kept across restarts (PostgreSQL).
// Keyed by the build: a stored page names its build's script and stylesheet files.
const { buildId } = await import("../lib/server/build-id.mjs");
const build = buildId();
const store = new AnswerStore({ build });
const front = new FrontCache({ store });
// At each Bangkok midnight, what stops being true that day is rendered again (lib/server/midnight-pass.mjs).
const { MidnightPass } = await import("../lib/server/midnight-pass.mjs");
new MidnightPass({ store, self: process.env.__NEXT_PRIVATE_ORIGIN }).start();
// A request's headers must arrive within 10 s and the whole request within
// 30 s (Node's defaults are 60 s and 5 minutes): long enough for a 5 MB
// archive over a slow line, short enough that connections trickling bytes do
// not pile up. They hold no place in the app meanwhile (the front door takes
// a body whole before it admits a request). Checked every second.
const server = http.createServer({ headersTimeout: 10_000, requestTimeout: 30_000, connectionsCheckingInterval: 1_000 }, async (req, res) => {
  // While stopping, each answer closes its connection (no new request on it).
  if (stopping) res.setHeader("connection", "close");
  try {
    if (!(await door.admit(req, res))) return;
    if (!handle) await ready;
    // Requests the front cache cannot answer wait for a place in the app.
    await front.serve(req, res, async (rq, rs) => {
      const admitted = await door.enterApp(rq, rs);
      if (!admitted) return;
      try {
        if (!(isSearchPage(admitted.request) && (await serveComposed(admitted.request, rs)))) await withScriptPolicy(admitted.request, rs, handle);
      } finally {
        admitted.done();
      }
    });
  } catch (error) {
    // The path only: a query string may hold what a reader typed.
    console.error(`failed to handle ${req.method} ${(req.url ?? "").split("?")[0]}:`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  }
});
let handle = null;
const ready = (async () => {
  const app = next({ dev: false, dir: process.cwd(), hostname, port, httpServer: server });
  await app.prepare();
  handle = app.getRequestHandler();
})();

// A port that is taken or not ours is the user's to fix: one line, and the
// exit code (78, "configuration error") that tells npm start not to retry.
export const EXIT_CONFIG = 78;
server.on("error", (error) => {
  if (!server.listening && (error.code === "EADDRINUSE" || error.code === "EACCES")) {
    console.error(`[registry] error: port ${port} ${error.code === "EADDRINUSE" ? "is already in use" : "may not be used by this user"}; set PORT to another.`);
    process.exit(EXIT_CONFIG);
  }
  throw error;
});
server.listen(port, hostname, () => console.log(`▲ serving on ${process.env.__NEXT_PRIVATE_ORIGIN}`));
ready.catch((error) => {
  console.error("the app could not start:", error);
  process.exit(1);
});
// SIGTERM/SIGINT: stop taking connections, let the requests in flight finish
// (a save being written is answered), then exit; npm start then closes the
// embedded database. Connections kept alive but idle are closed at once; a
// request still running after DRAIN_MS is cut off.
const DRAIN_MS = 10_000;
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: finishing the requests in flight, then stopping`);
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), DRAIN_MS).unref();
  });
}
