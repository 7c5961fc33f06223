/**
 * Where a sign-in leads: a staff page of this site, else the staff home in
 * `locale`. Never another origin (no open redirect).
 */
export function signInNext(requested: string | undefined, locale: string): string {
  return requested && /^\/(th|en|ja)\/editor(\/[\w\-/?=&%.]*)?$/.test(requested) ? requested : `/${locale}/editor`;
}
