// Types for the tests: Next loads the handler itself as plain JavaScript.
export function madeBeforeToday(lastModified: number, now?: number): boolean;
declare const SharedCacheHandler: unknown;
export default SharedCacheHandler;
