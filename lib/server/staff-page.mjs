// Staff pages (/{locale}/editor…, /{locale}/sign-in): never cached, and given
// the staff's own places under load. One pattern for the proxy, the language
// switch (lib/cache/pages.ts) and the front door (lib/server/front-door.mjs).
export const STAFF_PAGE = /^\/[^/]+\/(editor|sign-in)(\/|$)/;
