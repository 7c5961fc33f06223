// The one gate every staff write passes through, in this order:
// same origin → signed in (401) → role allows it (403) → address names
// something (404) → size limit (413) →
// JSON (400) → the body's schema (400; 422 with field errors for the form's
// input) → the write itself, whose domain errors become 404/409/422 → after
// the commit, the one place that expires cached public reads and records the
// audit entry. Nothing is written before every check has passed, and every
// write is one transaction (lib/editor/save.ts), so a refused request changes
// nothing.
// Error bodies have the read API's shape, {"error": {"code", "message", …}}:
// `code` is a message key (Editor.errors.*) the form translates, `message`
// says it in English for other clients (documented in lib/api/openapi.ts).
import type { z } from "zod";
import type { Permission } from "@/lib/auth/roles";
import { can } from "@/lib/auth/roles";
import { getStaff, type Staff } from "@/lib/auth/session";
import { describeDatabase } from "@/lib/db/config";
import { recordAudit } from "@/lib/audit/record";
import { isDatabaseUnavailable } from "@/lib/db/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { ConflictError, InputRejectedError, NotFoundError, TransitionError } from "@/lib/editor/errors";
import { fieldErrorsOf } from "@/lib/editor/schema";
import type { Saved } from "@/lib/editor/save";
import { invalidatePublicReads, NO_PUBLIC_CHANGE, type PublicChange } from "@/lib/cache/invalidate";
import { isSameOrigin } from "@/lib/http/origin";
import { ARCHIVE_MAX_BYTES } from "@/lib/sources/media";
import { readJsonBody } from "@/lib/http/body";
import { unstorablePath } from "@/lib/http/storable";
import { clientAddress } from "@/lib/http/client-address";
import { jsonError } from "@/lib/http/errors";

/** A whole record with fifty of everything stays far below this. */
export const MAX_BODY_BYTES = 512 * 1024;

const NO_STORE = { "Cache-Control": "no-store" };

/** Every code a write can answer with, and what it means (in English, for API clients). */
export const WRITE_ERRORS = {
  crossOrigin: "The request did not come from the registry's own site.",
  signedOut: "Sign in first.",
  forbidden: "Your role does not allow this.",
  tooLarge: `The request body is larger than allowed (${MAX_BODY_BYTES} bytes; an archived file ${ARCHIVE_MAX_BYTES} bytes before base64).`,
  notJson: "The request body is not JSON.",
  badRequest: "The request body does not have the expected fields.",
  invalid: "Some values are not valid; see fieldErrors (field path → message key).",
  notFound: "No such record or account.",
  conflict: "The record was saved by someone else since the given version; see currentVersion and changes.",
  transition: "This step does not apply in the record's current state.",
  unavailable: "The database cannot be reached; nothing was written. Retry shortly.",
  busy: "Another save of the same thing ran at the same moment; nothing was written. Reload and retry.",
  tooManyGuesses: "Too many wrong current passwords from this address; retry after retryAfter seconds.",
} as const;
export type WriteErrorCode = keyof typeof WRITE_ERRORS;

export function writeError(status: number, code: WriteErrorCode, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) {
  return jsonError(status, code, WRITE_ERRORS[code], extra, { ...NO_STORE, ...headers });
}

/** What the audit log keeps of a write (lib/audit/). */
export interface AuditNote {
  /** "agreement.update", "user.set-role", … */
  action: string;
  /** "agreement:12", "user:<id>" */
  target: string;
  details?: Record<string, unknown>;
}

/** A committed write: its answer, what it changed of the public's view, and its audit entry. */
export interface Written {
  response: Response;
  changed?: PublicChange;
  audit: AuditNote;
}

export function written(body: unknown, audit: AuditNote, options: { status?: number; changed?: PublicChange } = {}): Written {
  return { response: Response.json(body, { status: options.status ?? 200, headers: NO_STORE }), changed: options.changed, audit };
}

/** The answer to a save: the record as saved (without the bookkeeping of what changed). */
export function savedResponse({ changed, ...saved }: Saved, action: string, { status = 200, details = {} }: { status?: number; details?: Record<string, unknown> } = {}): Written {
  return written(saved, { action, target: `agreement:${saved.id}`, details: { version: saved.version, slug: saved.slug, ...details } }, { status, changed });
}

interface Gate<Body extends z.ZodType, Input extends z.ZodType | undefined> {
  permission: Permission;
  /** The request body; a body that does not fit is a client's mistake (400). */
  body: Body;
  /**
   * The schema of `body.input`, a form's values: what does not fit is the
   * user's to correct, answered 422 with field errors (paths within input).
   */
  input?: Input;
  /** Body failures are a form's fields (422 with field errors) rather than a 400. */
  bodyIsForm?: boolean;
  /**
   * False when the address names nothing that can exist (an id out of
   * range): 404 once sign-in and role are checked, before the body is read.
   */
  found?: boolean;
  /** A larger body than MAX_BODY_BYTES (an archived file). */
  maxBytes?: number;
}

type Parsed<Input> = Input extends z.ZodType ? z.output<Input> : undefined;

export async function handleWrite<Body extends z.ZodType, Input extends z.ZodType | undefined = undefined>(
  request: Request,
  gate: Gate<Body, Input>,
  write: (staff: Staff, body: z.output<Body>, input: Parsed<Input>) => Promise<Response | Written>,
): Promise<Response> {
  try {
    if (!isSameOrigin(request)) return writeError(403, "crossOrigin");
    const staff = await getStaff(request.headers);
    if (!staff) return writeError(401, "signedOut");
    if (!can(staff.role, gate.permission)) return writeError(403, "forbidden");
    if (gate.found === false) return writeError(404, "notFound");
    const json = await readJsonBody(request, gate.maxBytes ?? MAX_BODY_BYTES);
    if (json === "tooLarge") return writeError(413, "tooLarge");
    if (json === "notJson") return writeError(400, "notJson");
    // A NUL or a lone surrogate anywhere in the body (a file name, a user's
    // name, a key): refused as a field error before any schema or query sees
    // it (lib/http/storable.ts). Paths are the form's own, within `input`.
    const unstorable = unstorablePath(json.value);
    if (unstorable !== null) return writeError(422, "invalid", { fieldErrors: { [gate.input ? unstorable.replace(/^input\.?/, "") : unstorable]: "invalidCharacters" } });
    const body = gate.body.safeParse(json.value);
    if (!body.success) return gate.bodyIsForm ? writeError(422, "invalid", { fieldErrors: fieldErrorsOf(body.error) }) : writeError(400, "badRequest");
    let input: unknown = undefined;
    if (gate.input) {
      const parsed = gate.input.safeParse((body.data as { input?: unknown }).input);
      if (!parsed.success) return writeError(422, "invalid", { fieldErrors: fieldErrorsOf(parsed.error) });
      input = parsed.data;
    }
    const result = await write(staff, body.data, input as Parsed<Input>);
    if (result instanceof Response) return result;
    await afterCommit(request, staff, result);
    return result.response;
  } catch (error) {
    if (error instanceof InputRejectedError) return writeError(422, "invalid", { fieldErrors: error.fieldErrors });
    // Two saves taking the same new slug at once: the unique index decides,
    // and the loser gets the same answer as a slug checked in advance.
    // Only the record's own slug: two saves creating the same new person,
    // organization or scope area at once collide on that entity's key, which
    // is no fault of the form's slug field; they fall to "busy" below (the
    // retry finds the entity the other save created).
    if (isRecordSlugTaken(error)) return writeError(422, "invalid", { fieldErrors: { slug: "slugTaken" } });
    if (error instanceof ConflictError)
      return writeError(409, "conflict", { currentVersion: error.currentVersion, changes: error.changes, by: error.by, at: error.at?.toISOString() ?? null });
    if (error instanceof TransitionError) return writeError(409, "transition");
    if (error instanceof NotFoundError) return writeError(404, "notFound");
    // Two saves touching the same rows at once (a deadlock, a serialization
    // failure, the same revision number taken): the database kept one and
    // refused the other whole; the loser is told to retry, not shown a 500.
    if (isConcurrentWrite(error)) return writeError(409, "busy");
    if (isDatabaseUnavailable(error)) {
      console.error(`database unavailable at ${describeDatabase(process.env.DATABASE_URL ?? "")}`);
      return writeError(503, "unavailable");
    }
    throw error;
  }
}

/**
 * The one place a committed write expires cached public reads and is
 * written to the audit log. The entry is written after the commit (a write
 * the database refused leaves none); should it fail, the write stands and
 * the failure is logged (lib/audit/record.ts), since the answer must say
 * what was saved.
 */
async function afterCommit(request: Request, staff: Staff, result: Written): Promise<void> {
  invalidatePublicReads(result.changed ?? NO_PUBLIC_CHANGE);
  await recordAudit({ actorId: staff.id, actorEmail: staff.email, client: clientAddress(request), ...result.audit });
}

function isConcurrentWrite(error: unknown): boolean {
  if (error instanceof Prisma.PrismaClientKnownRequestError && (error.code === "P2034" || error.code === "P2002")) return true;
  // Through the driver adapter, PostgreSQL's own codes: 40001 (serialization), 40P01 (deadlock), 23505 (unique).
  const text = `${(error as { code?: unknown })?.code ?? ""} ${error instanceof Error ? error.message : ""}`;
  return /\b(40001|40P01|23505)\b|deadlock detected|could not serialize access/i.test(text);
}

/**
 * Whether a write failed because another record took the same slug first:
 * PostgreSQL's unique index "Agreement_slug_key", named in the driver
 * adapter's error (`meta.driverAdapterError.cause.constraint.index`). "Person_slug_key"
 * and "Organization_slug_key" are other tables' slugs.
 */
export function isRecordSlugTaken(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return false;
  const meta = error.meta as { driverAdapterError?: { cause?: { constraint?: { index?: unknown } } } } | undefined;
  return meta?.driverAdapterError?.cause?.constraint?.index === "Agreement_slug_key";
}
