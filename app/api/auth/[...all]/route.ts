import { toNextJsHandler } from "better-auth/next-js";
import { getAuth } from "@/lib/auth/auth";
import { writeError } from "@/lib/api/write";

// The admin plugin's own endpoints are not served: staff accounts change only
// through the write gate (app/api/editor/users/…), which checks the
// permission, and records an audit entry, before calling the plugin on the server.
const ADMIN_PATHS = "/api/auth/admin/";
const served = (handler: (request: Request) => Promise<Response>) => (request: Request) =>
  new URL(request.url).pathname.startsWith(ADMIN_PATHS) ? writeError(404, "notFound") : handler(request);

// Handlers resolve the auth instance per request (it needs the database).
export const GET = served((request) => toNextJsHandler(getAuth()).GET(request));
export const POST = served((request) => toNextJsHandler(getAuth()).POST(request));
