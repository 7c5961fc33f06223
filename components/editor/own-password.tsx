"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { useHydrated } from "@/lib/browser/use-hydrated";

const MESSAGE_KEYS = ["currentRequired", "wrongCurrent", "passwordTooShort", "passwordTooLong", "passwordUnchanged", "passwordsDiffer", "invalidCharacters", "invalid"] as const;
type MessageKey = (typeof MESSAGE_KEYS)[number];
const isMessageKey = (key: string | undefined): key is MessageKey => MESSAGE_KEYS.includes(key as MessageKey);

/** The staff member changes their own password: the current one, the new one twice. */
export function OwnPasswordForm({ minLength }: { minLength: number }) {
  const t = useTranslations("Editor.account");
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [errors, setErrors] = useState<Partial<Record<"currentPassword" | "newPassword" | "again", MessageKey>>>({});
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const hydrated = useHydrated();

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setStatus(null);
    if (next !== again) return setErrors({ again: "passwordsDiffer" });
    setErrors({});
    setBusy(true);
    const response = await fetch("/api/editor/account/password", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ currentPassword: current, newPassword: next }),
    }).catch(() => null);
    setBusy(false);
    if (response?.ok) {
      setCurrent("");
      setNext("");
      setAgain("");
      return setStatus(t("passwordChanged"));
    }
    const body = (await response?.json().catch(() => null)) as { error?: { fieldErrors?: Record<string, string>; retryAfter?: number } } | null;
    // Wrong current passwords count as failed sign-ins from this address (lib/auth/failed-sign-ins.ts).
    if (response?.status === 429) return setStatus(t("tooManyGuesses", { minutes: Math.max(1, Math.ceil((body?.error?.retryAfter ?? 60) / 60)) }));
    const fields = body?.error?.fieldErrors ?? {};
    const found = { currentPassword: fields.currentPassword, newPassword: fields.newPassword };
    if (isMessageKey(found.currentPassword) || isMessageKey(found.newPassword)) {
      return setErrors({ currentPassword: isMessageKey(found.currentPassword) ? found.currentPassword : undefined, newPassword: isMessageKey(found.newPassword) ? found.newPassword : undefined });
    }
    setStatus(t("failed"));
  }

  const field = (id: "currentPassword" | "newPassword" | "again", label: string, value: string, set: (v: string) => void, autoComplete: string) => (
    <div className="flex flex-col gap-1">
      <label htmlFor={`own-${id}`}>{label}</label>
      <input
        id={`own-${id}`}
        type="password"
        value={value}
        onChange={(e) => set(e.target.value)}
        autoComplete={autoComplete}
        required
        minLength={id === "currentPassword" ? undefined : minLength}
        aria-invalid={errors[id] ? true : undefined}
        aria-describedby={errors[id] ? `own-${id}-error` : undefined}
        className="w-72 max-w-full rounded border border-line bg-paper px-2 py-1"
      />
      {errors[id] ? (
        <p id={`own-${id}-error`} className="text-sm font-semibold text-ink" role="alert">
          {t(errors[id], { min: minLength })}
        </p>
      ) : null}
    </div>
  );

  return (
    // method="post": sent before the script has run, it must never put the passwords in the address.
    <form method="post" onSubmit={(e) => void save(e)} className="flex flex-col gap-3" noValidate>
      {field("currentPassword", t("currentPassword"), current, setCurrent, "current-password")}
      {field("newPassword", t("newPassword", { min: minLength }), next, setNext, "new-password")}
      {field("again", t("newPasswordAgain"), again, setAgain, "new-password")}
      <div>
        <noscript>
          <p className="mb-2 text-sm font-semibold" data-testid="password-needs-script">
            {t("needsScript")}
          </p>
        </noscript>
        <button type="submit" disabled={busy || !hydrated} className="rounded bg-brand px-3 py-1.5 font-semibold text-paper disabled:opacity-60">
          {busy ? t("changingPassword") : t("changePassword")}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="password-status">
        {status}
      </p>
    </form>
  );
}
