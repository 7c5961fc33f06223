// Generated page addresses against the real server (`npm start`'s server,
// as readers reach it): every route's path segments and list parameters with
// hostile values — NUL, lone surrogates as broken escapes, Thai combining
// marks, right-to-left marks, long and injection strings. None may answer
// 5xx. fast-check with a fixed seed and a random one (printed on failure;
// FUZZ_SEED=<seed> replays it). The handlers' own fuzzing is in
// tests/integration/fuzz.test.ts.
import fc from "fast-check";
import { expect, test } from "./helpers/test";

const FIXED_SEED = 20261129;
const RANDOM_SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);

const text = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 20 }),
  fc.constantFrom("a\u0000b", "' OR 1=1 --", "<script>alert(1)</script>", "..", "ไซเบอร์\u0e48\u0e48\u0e48", "\u202eevil", "a".repeat(3000), "2558", "~", "~/status=x"),
);
// As an address carries it: escaped, or raw escapes a client may send broken.
const segment = fc.oneof(
  text.map((t) => encodeURIComponent(t.replace(/[\ud800-\udfff]/g, "\ufffd"))),
  fc.constantFrom("%00", "%E0%B8", "%ZZ", "%ED%A0%80", "%2F..%2F", "%25"),
);
const locale = fc.constantFrom("th", "en", "ja", "xx", "");
const page = fc.oneof(
  fc.tuple(locale, segment).map(([l, s]) => `/${l}/${s}`),
  fc.tuple(locale, fc.constantFrom("agreements", "organizations", "scope-areas", "calendar", "timeline", "watch"), segment).map(([l, r, s]) => `/${l}/${r}/${s}`),
  fc.tuple(locale, fc.constantFrom("status", "kind", "scope", "party", "year", "sort", "page", "q", "unknown"), segment).map(([l, n, v]) => `/${l}/agreements?${n}=${v}`),
  fc.tuple(fc.constantFrom("/calendar/", "/api/v1/agreements/", "/th/feed.xml?", "/sitemap.xml?page="), segment).map(([p, s]) => `${p}${s}`),
);

test("generated page addresses never answer 5xx", async ({ request }) => {
  test.setTimeout(600_000);
  let count = 0;
  const property = fc.asyncProperty(page, async (path) => {
    count++;
    const response = await request.get(path.replace(/^\/\//, "/"), { maxRedirects: 0, failOnStatusCode: false });
    expect(response.status(), path).toBeLessThan(500);
    await response.dispose();
  });
  await fc.assert(property, { seed: FIXED_SEED, numRuns: 500 });
  await fc.assert(property, { seed: RANDOM_SEED, numRuns: 500 });
  expect(count).toBe(1000);
});
