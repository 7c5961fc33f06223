// The sign-in form's own address, for a form sent before its script has run
// (a slow phone) or without JavaScript: a POST of the form's fields
// (application/x-www-form-urlencoded), never a GET with the password in the
// address (issue 24, part 6). It hands the e-mail and password to
// better-auth's sign-in endpoint — the same limits, lockout and audit entry
// as the script's request — and answers with a redirect: to the page asked
// for, with the session cookie, or back to the sign-in page with the reason
// (a code, never the e-mail or password).
import { getAuth } from "@/lib/auth/auth";
import { isLocale } from "@/i18n/locales";
import { isSameOrigin } from "@/lib/http/origin";
import { signInErrorFor, signInNext, type SignInErrorCode } from "@/lib/auth/sign-in-next";

function back(locale: string, next: string, error: SignInErrorCode, retryAfter?: string): Response {
  const query = new URLSearchParams({ error, next });
  if (error === "tooMany" && retryAfter) query.set("retry", retryAfter);
  return redirect(`/${locale}/sign-in?${query}`);
}

// 303: the browser follows with a GET, whatever the form's method.
// `path` is always a path on this site (signInNext, or the sign-in page).
function redirect(path: string, cookies: string[] = []): Response {
  const headers = new Headers({ location: path, "cache-control": "no-store" });
  for (const cookie of cookies) headers.append("set-cookie", cookie);
  return new Response(null, { status: 303, headers });
}

export async function POST(request: Request): Promise<Response> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return back("th", "", "failed");
  }
  const field = (name: string) => (typeof form.get(name) === "string" ? (form.get(name) as string) : "");
  const locale = isLocale(field("locale")) ? field("locale") : "th";
  const next = signInNext(field("next"), locale);
  if (!isSameOrigin(request)) return back(locale, next, "failed");
  const email = field("email").trim();
  const password = field("password");
  if (!email || !password) return back(locale, next, "missing");
  // better-auth's endpoint, called as the script calls it: the client's
  // address (the front door's header) and the origin go along.
  const headers = new Headers(request.headers);
  headers.set("content-type", "application/json");
  headers.delete("content-length");
  const answer = await getAuth().handler(
    new Request(new URL("/api/auth/sign-in/email", request.url), { method: "POST", headers, body: JSON.stringify({ email, password }) }),
  );
  if (answer.ok) return redirect(next, answer.headers.getSetCookie());
  return back(locale, next, signInErrorFor(answer.status), answer.headers.get("x-retry-after") ?? "60");
}
