"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { isLocale, locales, type Locale } from "@/i18n/locales";
import { languageNames } from "@/lib/i18n/language-switch";

export interface ReminderSettingsValue {
  language: Locale;
  weeklyDigest: boolean;
  alertDays: number[];
}

/** The staff member's e-mail reminder choices: weekly digest, alert days, language. */
export function ReminderSettingsForm({ initial, smtpConfigured }: { initial: ReminderSettingsValue; smtpConfigured: boolean }) {
  const t = useTranslations("Reminders");
  const [language, setLanguage] = useState(initial.language);
  const [weeklyDigest, setWeeklyDigest] = useState(initial.weeklyDigest);
  const [days, setDays] = useState(initial.alertDays.join(", "));
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function save(event: React.FormEvent) {
    event.preventDefault();
    setStatus(null);
    setError(null);
    const parts = days.split(/[,\s]+/).filter(Boolean);
    const alertDays = parts.map(Number);
    if (alertDays.some((n) => !Number.isInteger(n) || n < 1 || n > 730) || alertDays.length > 10) {
      setError(t("invalidDays"));
      return;
    }
    const response = await fetch("/api/editor/reminders", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ language, weeklyDigest, alertDays }) }).catch(() => null);
    if (response?.status === 422) setError(t("invalidDays"));
    else if (!response?.ok) setError(t("failed"));
    else {
      const saved = (await response.json()) as ReminderSettingsValue;
      setDays(saved.alertDays.join(", "));
      setStatus(t("saved"));
    }
  }

  return (
    <form onSubmit={(e) => void save(e)} className="flex flex-col gap-3" noValidate>
      {smtpConfigured ? null : (
        <p className="rounded border border-line bg-wash p-2 text-sm" data-testid="no-smtp">
          {t("noSmtp")}
        </p>
      )}
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={weeklyDigest} onChange={(e) => setWeeklyDigest(e.target.checked)} />
        {t("weeklyDigest")}
      </label>
      <div className="flex flex-col gap-1">
        <label htmlFor="alert-days">{t("alertDays")}</label>
        <input
          id="alert-days"
          value={days}
          onChange={(e) => setDays(e.target.value)}
          inputMode="numeric"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "alert-days-error" : undefined}
          className="w-48 rounded border border-line bg-paper px-2 py-1"
        />
        {error ? (
          <p id="alert-days-error" className="text-sm font-semibold text-ink" role="alert">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor="reminder-language">{t("language")}</label>
        <select id="reminder-language" value={language} onChange={(e) => setLanguage(isLocale(e.target.value) ? e.target.value : "th")} className="w-48 rounded border border-line bg-paper px-2 py-1">
          {locales.map((l) => (
            <option key={l} value={l} lang={l}>
              {languageNames[l].name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <button type="submit" className="rounded bg-brand px-3 py-1.5 font-semibold text-paper">
          {t("save")}
        </button>
      </div>
      <p role="status" aria-live="polite" data-testid="reminder-status">
        {status}
      </p>
    </form>
  );
}
