// What a slug or key in an address can be. Every slug the registry makes
// (records, organizations, scope areas, people) has this form (lib/editor/
// save.ts, the form's schema), so anything else is a 404 before it reaches the
// database — which refuses some of it outright (a NUL byte, a lone UTF-16
// surrogate) and would turn a reader's typo into a 500.
export const SLUG_PATTERN = /^[a-z0-9-]{1,64}$/;

export function isSlug(value: string): boolean {
  return SLUG_PATTERN.test(value);
}

/** Ids are PostgreSQL integers: a larger number names nothing, and the database would refuse it with an error. */
export const MAX_ID = 2_147_483_647;

/** A record id from an address ("12"), or null for anything else. */
export function routeId(value: string): number | null {
  if (!/^[1-9]\d{0,9}$/.test(value)) return null;
  const id = Number(value);
  return id <= MAX_ID ? id : null;
}
