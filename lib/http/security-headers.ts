// Security headers on every answer (next.config.ts). The content security
// policy here is for answers that are not pages (JSON, CSV, feeds): it forbids
// being framed, plugins, forms or a <base> pointing elsewhere. Every HTML page
// gets the full policy, scripts included (this site's files and the page's
// own inline scripts by hash, no eval), from the server that serves it:
// lib/server/script-policy.mjs, run by scripts/serve.mjs (`npm start`).
import { FRAMING_POLICY } from "../server/content-policy.mjs";

export const SECURITY_HEADERS: Array<{ key: string; value: string }> = [
  { key: "Content-Security-Policy", value: FRAMING_POLICY.join("; ") },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here uses the camera, microphone, location, payments or USB.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];
