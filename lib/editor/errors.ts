// What a write can refuse with. lib/api/write.ts turns each into its answer
// (409, 422, 404); nothing is written when one is thrown, since every write is
// one transaction.
import type { Change } from "@/lib/editor/diff";
import type { FieldErrors } from "@/lib/editor/schema";

/** Someone else saved the record after this form was loaded. */
export class ConflictError extends Error {
  constructor(
    readonly currentVersion: number,
    readonly changes: Change[],
    readonly by: string | null,
    readonly at: Date | null,
  ) {
    super("conflict");
  }
}

/** Input that failed the form's rules or the database's (taken slug, gone ids). */
export class InputRejectedError extends Error {
  constructor(readonly fieldErrors: FieldErrors) {
    super("rejected");
  }
}

export class NotFoundError extends Error {}

/** A publication step that does not apply in the record's current state. */
export class TransitionError extends Error {}
