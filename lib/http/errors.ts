import { NextResponse } from "next/server";
import type { z } from "zod";
import { CORS_HEADERS } from "@/lib/http/cacheable";
import { describeDatabase } from "@/lib/db/config";
import { isDatabaseUnavailable } from "@/lib/db/errors";

/** The one error shape of the read and the write API: {"error": {"code", "message", …}}. */
export function jsonError(status: number, code: string, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = CORS_HEADERS) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status, headers });
}

/** 400 naming the first parameter that is wrong. */
export function invalidParameters(error: z.ZodError) {
  const issue = error.issues[0]!;
  const parameter = issue.code === "unrecognized_keys" ? issue.keys[0] : String(issue.path[0] ?? "");
  const message = issue.code === "unrecognized_keys" ? `Unknown parameter "${parameter}".` : `Parameter "${parameter}": ${issue.message}`;
  return jsonError(400, "invalid_parameter", message, { parameter });
}

/** Wraps a read handler: an unreachable database is a 503, not a stack trace. */
export async function withDatabase(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.error(`database unavailable at ${describeDatabase(process.env.DATABASE_URL ?? "")}`);
      return jsonError(503, "database_unavailable", "The registry's database cannot be reached. Please retry shortly.", {}, { ...CORS_HEADERS, "retry-after": "5" });
    }
    throw error;
  }
}
