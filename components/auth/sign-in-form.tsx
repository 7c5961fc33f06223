"use client";
// Posts to better-auth's own endpoint (/api/auth/sign-in/email), which checks
// the password, sets the httpOnly session cookie and answers 429 when one
// client tries too often. Plain fetch: the library's client would add weight
// and nothing this form needs. Before the script has run (a slow phone) or
// without JavaScript, the browser sends the form itself: by POST to
// /api/sign-in, which signs in the same way and redirects — never by GET,
// which would put the password in the address.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { signInErrorFor } from "@/lib/auth/sign-in-next";

export function SignInForm({ next, initialError = null }: { next: string; initialError?: string | null }) {
  const t = useTranslations("SignIn");
  const locale = useLocale();
  const router = useRouter();
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(initialError);
  const [busy, setBusy] = useState(false);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (!email.trim() || !password) {
      setError(t("missing"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const response = await fetch("/api/auth/sign-in/email", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ email: email.trim(), password }) });
      if (response.ok) {
        router.push(next);
        router.refresh();
        return;
      }
      const code = signInErrorFor(response.status);
      setError(code === "tooMany" ? t(code, { seconds: Number(response.headers.get("x-retry-after") ?? 60) }) : t(code));
    } catch {
      setError(t("failed"));
    }
    setBusy(false);
  }

  return (
    <form method="post" action="/api/sign-in" onSubmit={onSubmit} noValidate className="flex max-w-sm flex-col gap-4" lang={locale}>
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="next" value={next} />
      <div className="flex flex-col gap-1">
        <label htmlFor="email" className="text-sm font-semibold">
          {t("email")}
        </label>
        <input id="email" name="email" type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} aria-describedby={error ? "sign-in-error" : undefined} className="rounded border border-line bg-paper px-2 py-1.5" required />
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="password" className="text-sm font-semibold">
          {t("password")}
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} aria-describedby={error ? "sign-in-error" : undefined} className="rounded border border-line bg-paper px-2 py-1.5" required />
      </div>
      <p id="sign-in-error" role="alert" className="min-h-6 text-sm font-semibold text-red-800">
        {error}
      </p>
      <button type="submit" id="sign-in-submit" disabled={busy} className="rounded bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand/90 disabled:opacity-60">
        {busy ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
