// Sign-in, sessions and user management: better-auth, not hand-written code.
// Passwords are hashed with scrypt (memory-hard, the library's default);
// sessions live in httpOnly, SameSite=Lax cookies; there is no public sign-up
// (accounts come from `npm run user:create` or an admin); repeated sign-in
// attempts from one client get HTTP 429 from the library's rate limiter.
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { getDb } from "@/lib/db/client";
import { accessControl, roles } from "@/lib/auth/roles";

export const MIN_PASSWORD_LENGTH = 12;

// Five attempts a minute per client: enough for typos, far too few to guess.
export const SIGN_IN_LIMIT = { window: 60, max: 5 };

function createAuth() {
  return betterAuth({
    secret: process.env.BETTER_AUTH_SECRET,
    baseURL: process.env.BETTER_AUTH_URL,
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, autoSignIn: false },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      storage: "database",
      customRules: { "/sign-in/email": SIGN_IN_LIMIT },
    },
    advanced: {
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // Behind a reverse proxy set AUTH_TRUSTED_PROXIES (comma-separated
      // addresses or CIDR ranges) so the client address is read from
      // X-Forwarded-For past them.
      ipAddress: process.env.AUTH_TRUSTED_PROXIES ? { trustedProxies: process.env.AUTH_TRUSTED_PROXIES.split(",").map((s) => s.trim()) } : undefined,
    },
    plugins: [admin({ ac: accessControl, roles, defaultRole: "viewer", adminRoles: ["admin"] }), nextCookies()],
  });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { registryAuth?: Auth };

// Created on first use, not at import: `next build` loads route modules
// without a database.
export function getAuth(): Auth {
  globalForAuth.registryAuth ??= createAuth();
  return globalForAuth.registryAuth;
}
