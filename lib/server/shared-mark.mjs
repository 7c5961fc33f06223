// The header by which the app marks an answer any reader may be given (a
// public page, a public read route), for the front cache
// (lib/server/front-cache.mjs) to keep. Taken off before the answer leaves.
export const SHARED_MARK = "x-registry-shared";
