import path from "node:path";
import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { SECURITY_HEADERS } from "./lib/http/security-headers";

const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

const nextConfig: NextConfig = {
  poweredByHeader: false,
  async headers() {
    return [{ source: "/:path*", headers: SECURITY_HEADERS }];
  },
  // Public reads are cached by Next's data cache (lib/cache/public-reads.ts);
  // its handler shares tag expirations between instances through PostgreSQL
  // (README, "Several instances").
  cacheHandler: path.resolve("lib/cache/shared-cache-handler.mjs"),
  // The Prisma client and pg are server-only packages loaded at run time.
  serverExternalPackages: ["pg", "@prisma/adapter-pg"],
};

export default withNextIntl(nextConfig);
