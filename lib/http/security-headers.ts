// Security headers on every answer (next.config.ts under `next dev`); one list with the front
// door's own answers (lib/server/security-headers.mjs, where it is explained).
export { SECURITY_HEADERS } from "../server/security-headers.mjs";
