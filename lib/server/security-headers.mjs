// Security headers on every answer: the app's, added by
// lib/server/script-policy.mjs where a route did not set its own (and by
// next.config.ts under `next dev`), and the front door's own
// 308/400/413/429/503 (lib/server/front-door.mjs). The content security policy here is for
// answers that are not pages (JSON, CSV, feeds, the door's small pages, which
// have no script): it forbids being framed, plugins, forms or a <base>
// pointing elsewhere. Every HTML page the app renders gets the full policy,
// scripts included (this site's files and the page's own inline scripts by
// hash, no eval), from lib/server/script-policy.mjs.
import { FRAMING_POLICY } from "./content-policy.mjs";

export const SECURITY_HEADERS = [
  { key: "Content-Security-Policy", value: FRAMING_POLICY.join("; ") },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here uses the camera, microphone, location, payments or USB.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];
