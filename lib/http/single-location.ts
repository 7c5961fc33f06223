// Works around vercel/next.js#82117 (fix proposed in #95913, not released in
// 16.4): the first, uncached render of a cached page that redirects sets
// `Location`, then Next replays the cache entry's headers onto the same
// response with appendHeader, so the answer carries `Location` twice. Browsers
// tolerate it, but proxies and CDNs that merge repeated headers turn it into
// "/a, /a", a broken redirect — and the registry redirects every renamed
// record's old address. Until Next is fixed, an identical repeated value of
// these single-valued headers is not appended again. Installed once per server
// process from instrumentation.ts; remove when Next dedupes them itself.
import { ServerResponse } from "node:http";

const SINGLE_VALUED = new Set(["location", "x-nextjs-stale-time"]);
const INSTALLED = Symbol.for("registry.singleLocation");

export function keepRedirectHeadersSingle(): void {
  const proto = ServerResponse.prototype as ServerResponse & { [INSTALLED]?: boolean };
  if (proto[INSTALLED]) return;
  proto[INSTALLED] = true;
  const append = proto.appendHeader;
  proto.appendHeader = function (this: ServerResponse, name: string, value: string | readonly string[]) {
    if (SINGLE_VALUED.has(name.toLowerCase())) {
      const held = this.getHeader(name);
      if (held !== undefined && String(held) === String(value)) return this;
    }
    return append.call(this, name, value);
  };
}
