// Recognises "the database is not there" (as opposed to a bug in a query), so
// callers can answer 503 and keep running until it comes back.
/** A cached read that missed while the database is down (lib/http/outage.ts). */
export const CACHE_ONLY_CODE = "REGISTRY_NOT_CACHED";

// 57014: a statement cancelled by statement_timeout (lib/db/client.ts), the
// database too busy to answer in time: also a 503 to retry, not a bug.
const CONNECTION_CODES = new Set([CACHE_ONLY_CODE, "57014", "ECONNREFUSED", "ECONNRESET", "ENOTFOUND", "ETIMEDOUT", "EHOSTUNREACH", "57P01", "57P03", "53300", "08001", "08006", "P1001", "P1002", "P1017"]);

export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as { code?: unknown; message?: unknown; cause?: unknown; originalCode?: unknown; kind?: unknown };
    if (typeof e.code === "string" && CONNECTION_CODES.has(e.code)) return true;
    if (typeof e.originalCode === "string" && CONNECTION_CODES.has(e.originalCode)) return true;
    if (typeof e.kind === "string" && /DatabaseNotReachable|ConnectionClosed|SocketTimeout/i.test(e.kind)) return true;
    if (typeof e.message === "string" && /ECONNREFUSED|Connection terminated|connect ETIMEDOUT|Can't reach database|timeout exceeded when trying to connect|the database system is (starting up|shutting down)/i.test(e.message)) return true;
    current = e.cause;
  }
  return false;
}
