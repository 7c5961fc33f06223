// The one gate every write endpoint passes through, in this order:
// same origin → signed in (401) → role allows it (403) → size limit (413) →
// JSON (400) → the write itself, whose domain errors become 404/409/422.
// Nothing is written before every check has passed, and every write is one
// transaction (lib/editor/save.ts), so a refused request changes nothing.
// Error bodies carry message keys (Editor.errors.*), translated by the form.
import { NextResponse } from "next/server";
import type { AgreementPermission } from "@/lib/auth/roles";
import { can } from "@/lib/auth/roles";
import { getStaff, type Staff } from "@/lib/auth/session";
import { describeDatabase } from "@/lib/db/config";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, InputRejectedError, NotFoundError, TransitionError, type Saved } from "@/lib/editor/save";
import { invalidatePublicReads, type PublicChange } from "@/lib/cache/invalidate";
import { trustedWriteOrigins } from "@/lib/http/origin";

/** A whole record with fifty of everything stays far below this. */
export const MAX_BODY_BYTES = 512 * 1024;

const NO_STORE = { "Cache-Control": "no-store" };

export function writeError(status: number, code: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: code, ...extra }, { status, headers: NO_STORE });
}

/**
 * Browsers send Origin with every POST/PUT; a request whose Origin is another
 * site's (or that hides it) is refused, so no other site can make a signed-in
 * editor's browser write. Server actions get the same check from Next.js.
 */
function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return request.headers.get("sec-fetch-site") === "same-origin";
  return trustedWriteOrigins(request).includes(origin);
}

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_BODY_BYTES) return { ok: false, response: writeError(413, "tooLarge") };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_BODY_BYTES) return { ok: false, response: writeError(413, "tooLarge") };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, response: writeError(400, "notJson") };
  }
}

/** A committed write: its answer, and what it changed of the public's view. */
interface Written {
  response: Response;
  changed: PublicChange;
}

/** The answer to a save: the record as saved (without the bookkeeping of what changed). */
export function savedResponse({ changed, ...saved }: Saved, status = 200): Written {
  return { response: Response.json(saved, { status, headers: NO_STORE }), changed };
}

export async function handleWrite(request: Request, permission: AgreementPermission, write: (staff: Staff, body: unknown) => Promise<Response | Written>): Promise<Response> {
  try {
    if (!isSameOrigin(request)) return writeError(403, "crossOrigin");
    const staff = await getStaff(request.headers);
    if (!staff) return writeError(401, "signedOut");
    if (!can(staff.role, permission)) return writeError(403, "forbidden");
    const body = await readJson(request);
    if (!body.ok) return body.response;
    const result = await write(staff, body.value);
    if (result instanceof Response) return result;
    // After the commit: the one place a write expires cached public reads.
    invalidatePublicReads(result.changed);
    return result.response;
  } catch (error) {
    if (error instanceof InputRejectedError) return writeError(422, "invalid", { fieldErrors: error.fieldErrors });
    // Two saves taking the same new slug at once: the unique index decides,
    // and the loser gets the same answer as a slug checked in advance.
    if (isUniqueViolationOn(error, "slug")) return writeError(422, "invalid", { fieldErrors: { slug: "slugTaken" } });
    if (error instanceof ConflictError)
      return writeError(409, "conflict", { currentVersion: error.currentVersion, changes: error.changes, by: error.by, at: error.at?.toISOString() ?? null });
    if (error instanceof TransitionError) return writeError(409, "transition");
    if (error instanceof NotFoundError) return writeError(404, "notFound");
    if (isDatabaseUnavailable(error)) {
      console.error(`database unavailable at ${describeDatabase(process.env.DATABASE_URL ?? "")}`);
      return writeError(503, "unavailable");
    }
    throw error;
  }
}

function isUniqueViolationOn(error: unknown, field: string): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  return JSON.stringify(error.meta ?? {}).includes(field);
}

