/**
 * Where a sign-in leads: a staff page of this site, else the staff home in
 * `locale`. Never another origin (no open redirect).
 */
export function signInNext(requested: string | undefined, locale: string): string {
  return requested && /^\/(th|en|ja)\/editor(\/[\w\-/?=&%.]*)?$/.test(requested) ? requested : `/${locale}/editor`;
}

export type SignInErrorCode = "missing" | "wrong" | "tooMany" | "deactivated" | "failed";

/** What a failed answer of better-auth's sign-in endpoint means to the reader (messages SignIn.*), for the form's script and its no-script route alike. */
export function signInErrorFor(status: number): SignInErrorCode {
  if (status === 429) return "tooMany";
  if (status === 401 || status === 400) return "wrong";
  if (status === 403) return "deactivated";
  return "failed";
}
