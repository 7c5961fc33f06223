// The agreement page goes out without Next's client runtime. It is the most
// read page and the heaviest: for the 2015 Joint Statement in Thai, 329 kB of
// HTML, 186 kB of it the inline RSC payload (self.__next_f.push(…)) that
// repeats the whole page for React to hydrate it, plus ~136 kB of script
// files a phone must parse before it settles. The page needs none of it:
// citations open with <details>, every link and form works without
// JavaScript (tested), and what it does with JavaScript — "/" to search, the
// print button, remembering a chosen language — is the small inline page
// script (lib/browser/page-script.ts), which stays. Readers who arrive from
// another page of the site by a link still get the App Router's client
// navigation (those requests ask for the RSC payload, which is untouched);
// from this page, links are ordinary page loads.
//
// Taken out of the HTML as Next writes it, before the script policy hashes
// what is left (lib/server/script-policy.mjs):
// - <script src="/_next/static/…"> and <link rel="preload" as="script" href="/_next/static/…">;
// - inline scripts that feed or start the runtime: self.__next_f (the RSC
//   payload) and Turbopack's bootstrap (id="_R_").
// Written as patterns, not with an HTML parser: these elements are Next's
// own output in one fixed form, and an inline script's text cannot contain
// "</script" (Next escapes "<" in what it inlines as \u003c), so the first
// "</script>" after one ends it. A change in Next's output shows in the
// tests (tests/unit/record-page.test.ts on a page from the build, and the e2e
// test that counts the page's script files).

import { VALID_FOR_EVER } from "./shared-mark.mjs";

export { VALID_FOR_EVER };
/** The page's meta tag that says until when it stays true (app/[locale]/agreements/[slug]/page.tsx). */
export const VALID_UNTIL_META = "registry-valid-until";
const VALID_UNTIL = /<meta name="registry-valid-until" content="(\d{4}-\d{2}-\d{2}|never)"\/?>/;

/** The day until which a record's page stays true (or VALID_FOR_EVER), from its meta tag; null when it has none. */
export function validUntilOf(html) {
  return VALID_UNTIL.exec(html)?.[1] ?? null;
}

/** A record's page, in each language (served without the runtime, as the timeline is: isWithoutRuntime). */
export const RECORD_PAGE = /^\/[a-z]{2}\/agreements\/[^/~?]+$/;

const RUNTIME = [
  /<script src="\/_next\/static\/[^"]*"[^>]*><\/script>/g,
  /<link rel="preload" as="script"[^>]*href="\/_next\/static\/[^"]*"[^>]*\/?>/g,
  /<script>\(?self\.__next_f[\s\S]*?<\/script>/g,
  /<script id="_R_">[\s\S]*?<\/script>/g,
];

/** `html` without Next's client runtime and the data it would hydrate from. */
export function withoutClientRuntime(html) {
  let out = html;
  for (const pattern of RUNTIME) out = out.replace(pattern, "");
  return out;
}

// The timeline goes out without the runtime too, for the same reasons: it
// has no client component of its own (its chart is SVG drawn on the server,
// its year range a GET form, its grouping and pages links), and with full
// titles and linked bars its RSC payload had made it 476 kB at 100 rows, where
// it was 283 kB (README, "Measured"): a hot path bound by moving its bytes.
// Its lists arrive as written or as the proxy rewrites them (lib/cache/pages.ts).
const TIMELINE_PAGE = /^\/[a-z]{2}\/timeline(?:\/~\/[^/]*)?$/;

/** Whether the answer to a request for `url` is served without the runtime: a record's page, the timeline. */
export function isWithoutRuntime(url) {
  const path = (url ?? "").split("?")[0];
  return RECORD_PAGE.test(path) || TIMELINE_PAGE.test(path);
}
