// Comparing two states of a record, field by field: for revisions, conflict
// messages and the form's own checks. Pure, so browser and server share it.
import type { AgreementInput } from "@/lib/editor/schema";

export interface Change {
  field: string;
  before: unknown;
  after: unknown;
}

// Snapshots come back from jsonb with their keys reordered, so values are
// compared with keys sorted. An empty text and a missing key are the same
// (snapshots saved before a field existed, such as the Japanese texts, lack it).
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === "object" && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== "" && x !== undefined)
            .sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

/** The top-level fields whose values differ: of a record, or of a shared entity's form. */
export function diffInputs<T extends object = AgreementInput>(before: T | null, after: T): Change[] {
  const changes: Change[] = [];
  for (const field of Object.keys(after) as Array<keyof T & string>) {
    const old = before ? before[field] : undefined;
    if (canonical(old) !== canonical(after[field])) changes.push({ field, before: old ?? null, after: after[field] });
  }
  return changes;
}
