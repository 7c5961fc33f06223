// The directives of the content security policy every answer carries
// (lib/http/security-headers.ts, through next.config.ts), and that every
// page's full policy repeats beside its script hashes
// (lib/server/script-policy.mjs): no framing, no plugins, no forms or <base>
// pointing elsewhere.
export const FRAMING_POLICY = ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"];
