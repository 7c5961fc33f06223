// Security headers on every answer (next.config.ts). The content security
// policy here forbids what the registry never does — being framed, plugins,
// forms or a <base> pointing elsewhere — without restricting scripts: Next's
// pages carry inline scripts (the RSC payload) that differ per page, and
// public pages are cached whole, so a per-request nonce cannot be used; a
// script policy by hashes is still to be done (issue 12).
export const SECURITY_HEADERS: Array<{ key: string; value: string }> = [
  { key: "Content-Security-Policy", value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here uses the camera, microphone, location, payments or USB.
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()" },
];
