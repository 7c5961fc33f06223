// The header by which the app marks an answer any reader may be given (a
// public page, a public read route), for the front cache
// (lib/server/front-cache.mjs) to keep. Taken off before the answer leaves.
export const SHARED_MARK = "x-registry-shared";

// Public pages are cached whole on the server until a write or the end of the
// day (lib/cache/pages.ts); browsers and proxies ask again each time instead
// (and get a 304 when the ETag still matches): no write could reach them.
export const PUBLIC_PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

// The header by which the app tells the shared store how long a public answer
// stays true (lib/server/answer-store.mjs): a Bangkok day (YYYY-MM-DD, the
// first day it may no longer be) or VALID_FOR_EVER. Set on a record's API
// answer by its route and on its page from the page's meta tag
// (lib/server/record-page.mjs). Without it an answer is good for the day it
// was rendered on only: lists, counts and searches show many records'
// statuses, which may change at any midnight.
export const VALID_UNTIL_HEADER = "x-registry-valid-until";
export const VALID_FOR_EVER = "never";
