import path from "node:path";
import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // Public reads are cached by Next's data cache (lib/cache/public-reads.ts);
  // its handler shares tag expirations between instances through PostgreSQL
  // (README, "Several instances").
  cacheHandler: path.resolve("lib/cache/shared-cache-handler.mjs"),
  // The Prisma client and pg are server-only packages loaded at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

// The security headers are added by the server in front of Next
// (scripts/serve.mjs, lib/server/script-policy.mjs) to whatever a route did
// not set itself; Next's own `headers()` would overwrite a route's headers
// (an archived copy's sandboxing policy). `next dev` has no such server, so
// there the config adds them.
export default function config(phase: string): NextConfig {
  if (phase !== PHASE_DEVELOPMENT_SERVER) return withNextIntl(nextConfig);
  return withNextIntl({ ...nextConfig, headers: async () => [{ source: "/:path*", headers: SECURITY_HEADERS }] });
}
