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
const { FrontDoor } = await import("../lib/server/front-door.mjs");

const door = new FrontDoor();
const front = new FrontCache();
const server = http.createServer(async (req, res) => {
  try {
    if (!(await door.admit(req, res))) return;
    if (!handle) await ready;
    await front.serve(req, res, handle);
  } catch (error) {
    console.error(`failed to handle ${req.method} ${req.url}:`, error);
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

server.listen(port, hostname, () => console.log(`▲ serving on ${process.env.__NEXT_PRIVATE_ORIGIN}`));
ready.catch((error) => {
  console.error("the app could not start:", error);
  process.exit(1);
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => process.exit(0));
