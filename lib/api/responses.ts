import { NextResponse } from "next/server";
import { describeDatabase } from "@/lib/db/config";
import { isDatabaseUnavailable } from "@/lib/db/errors";

export function jsonError(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
  return NextResponse.json({ error: { code, message, ...extra } }, { status });
}

/** Wraps a read handler: an unreachable database is a 503, not a stack trace. */
export async function withDatabase(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (isDatabaseUnavailable(error)) {
      console.error(`database unavailable at ${describeDatabase(process.env.DATABASE_URL ?? "")}`);
      return jsonError(503, "database_unavailable", "The registry's database cannot be reached. Please retry shortly.", {});
    }
    throw error;
  }
}
