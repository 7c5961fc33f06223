import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { writeError } from "@/lib/api/write";

// Only the two endpoints the site itself calls are served: signing in with
// e-mail and password (the form, and app/api/sign-in for a form sent without
// its script) and signing out. Every other endpoint of the library — its
// admin plugin's, and its own account endpoints (change-password,
// update-user, change-email, revoke-sessions, delete-user, …) — answers 404:
// staff accounts and passwords change only through the write gate
// (app/api/editor/users/…, app/api/editor/account/password), which checks the
// permission, limits guesses, ends the other sessions and writes the audit
// entry (issue 26, part 3). An allow-list, so that an endpoint a library
// update adds is closed until it is wanted.
const SERVED = new Set(["POST /api/auth/sign-in/email", "POST /api/auth/sign-out"]);
const served = (handler: (request: Request) => Promise<Response>) => (request: Request) =>
  SERVED.has(`${request.method} ${new URL(request.url).pathname.replace(/\/+$/, "")}`) ? handler(request) : writeError(404, "notFound");

// Handlers resolve the auth instance per request (it needs the database).
export const GET = served((request) => toNextJsHandler(getAuth()).GET(request));
export const POST = served((request) => toNextJsHandler(getAuth()).POST(request));
