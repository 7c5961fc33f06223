// Sign-in, sessions and user management: better-auth, not hand-written code.
// Passwords are hashed with scrypt (memory-hard, the library's default);
// sessions live in httpOnly, SameSite=Lax cookies; there is no public sign-up
// (accounts come from `npm run user:create` or an admin); repeated sign-in
// attempts from one client get HTTP 429 from the library's rate limiter,
// and failures per account and client are counted (lib/auth/failed-sign-ins.ts).
import { isStorableText } from "@/lib/http/storable";
import { setTimeout } from "node:timers/promises";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { getDb } from "@/lib/db/client";
import { configuredOrigins, trustedWriteOrigins } from "@/lib/http/origin";
import { forgiveClient, lockedFor, recordFailedSignIn, signInDelay, sweepExpiredLimits } from "@/lib/auth/failed-sign-ins";
import { accessControl, roles } from "@/lib/auth/roles";
import { recordAudit } from "@/lib/audit/record";
import { clientAddress } from "@/lib/http/client-address";
import { CLIENT_HEADER } from "@/lib/server/client-header.mjs";

export const MIN_PASSWORD_LENGTH = 12;

// Sign-in attempts per minute from one client address. Every account also
// locks after repeated failures (lib/auth/failed-sign-ins.ts). The end-to-end
// tests, whose browsers all share one address, raise it with this variable.
export const SIGN_IN_LIMIT = { window: 60, max: Number(process.env.AUTH_SIGN_IN_PER_MINUTE ?? 10) };

const SIGN_IN_PATH = "/sign-in/email";
const emailOf = (body: unknown) => String((body as { email?: unknown } | undefined)?.email ?? "");

function createAuth() {
  return betterAuth({
    secret: process.env.BETTER_AUTH_SECRET,
    baseURL: process.env.BETTER_AUTH_URL,
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    // The configured public addresses; without any, the registry is served
    // under whatever host it is reached at (localhost, 127.0.0.1, a LAN
    // name) and that address is trusted. Never X-Forwarded-Host, which a
    // client can send (lib/http/origin.ts). Another site's origin never is.
    trustedOrigins: async (request) => (request ? trustedWriteOrigins(request) : configuredOrigins()),
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: MIN_PASSWORD_LENGTH, autoSignIn: false },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    rateLimit: {
      enabled: true,
      storage: "database",
      customRules: { "/sign-in/email": SIGN_IN_LIMIT },
    },
    advanced: {
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // The client's address as the front door found it (trusted proxies
      // only: TRUSTED_PROXIES, lib/server/front-door.mjs), never a header a
      // client can write.
      ipAddress: { ipAddressHeaders: [CLIENT_HEADER] },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx.body);
        // A NUL or a lone surrogate cannot be an address, and PostgreSQL
        // cannot store or compare it (the look-ups below answered 500): the
        // sign-in fails as a wrong address does, and nothing is recorded.
        if (!isStorableText(email)) throw new APIError("BAD_REQUEST", { message: "Invalid email", code: "INVALID_EMAIL" });
        const client = ctx.request ? clientAddress(ctx.request) : null;
        const retryAfter = await lockedFor(email, client);
        if (retryAfter > 0) {
          await auditSignIn(client, "session.refused-locked", email, null, { retryAfter });
          throw new APIError("TOO_MANY_REQUESTS", { message: "Too many failed sign-ins.", code: "TOO_MANY_FAILED_SIGN_INS" }, { "X-Retry-After": String(retryAfter) });
        }
        // Slowed, not refused: see lib/auth/failed-sign-ins.ts.
        const delay = await signInDelay(email, client);
        if (delay > 0) await setTimeout(delay);
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const email = emailOf(ctx.body);
        if (!isStorableText(email)) return;
        const client = ctx.request ? clientAddress(ctx.request) : null;
        if (isAPIError(ctx.context.returned)) {
          await recordFailedSignIn(email, client);
          await auditSignIn(client, "session.sign-in-failed", email, null);
        } else {
          await forgiveClient(email, client);
          await auditSignIn(client, "session.sign-in", email, ctx.context.newSession?.user.id ?? null);
        }
        await sweepExpiredLimits();
      }),
    },
    plugins: [admin({ ac: accessControl, roles, defaultRole: "viewer", adminRoles: ["admin"] }), nextCookies()],
  });
}

/**
 * Sign-ins in the audit log: who (the e-mail typed, as the library compares
 * it: trimmed, lower case; whether or not an account has it), from where,
 * and whether it succeeded or was refused. A success also makes its client
 * known to the account (lib/auth/failed-sign-ins.ts).
 */
function auditSignIn(client: string | null, action: string, email: string, userId: string | null, details: Record<string, unknown> = {}) {
  const typed = email.trim().toLowerCase().slice(0, 320);
  return recordAudit({ actorId: userId, actorEmail: typed, client, action, target: userId ? `user:${userId}` : `account:${typed}`, details });
}

type Auth = ReturnType<typeof createAuth>;
const globalForAuth = globalThis as unknown as { registryAuth?: Auth };

// Created on first use, not at import: `next build` loads route modules
// without a database.
export function getAuth(): Auth {
  globalForAuth.registryAuth ??= createAuth();
  return globalForAuth.registryAuth;
}
