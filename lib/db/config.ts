import { z } from "zod";

// DATABASE_URL is optional: without it `npm start` runs the embedded database.
const databaseUrlSchema = z
  .string()
  .trim()
  .refine((value) => {
    try {
      const url = new URL(value);
      return (url.protocol === "postgresql:" || url.protocol === "postgres:") && url.hostname !== "";
    } catch {
      return false;
    }
  }, "DATABASE_URL must look like postgresql://user@host:5432/database");

export class ConfigError extends Error {}

export function parseDatabaseUrl(value: string): URL {
  const parsed = databaseUrlSchema.safeParse(value);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]?.message ?? "invalid DATABASE_URL");
  return new URL(parsed.data);
}

/** "host:port/database" — safe to print: never the user's password. */
export function describeDatabase(value: string): string {
  try {
    const url = new URL(value);
    return `${url.hostname}:${url.port || "5432"}${url.pathname}`;
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}
