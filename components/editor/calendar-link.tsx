"use client";
import { useTranslations } from "next-intl";
import { useState } from "react";

/**
 * The staff member's private calendar link: made on request and shown once
 * (only its hash is kept), replaced or revoked at any time, with a
 * confirmation before the old link stops working.
 */
export function CalendarLink({ locale, hasActive }: { locale: string; hasActive: boolean }) {
  const t = useTranslations("Editor.account");
  const [active, setActive] = useState(hasActive);
  const [url, setUrl] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(action: "create" | "revoke") {
    if (active && !window.confirm(t(action === "create" ? "confirmReplace" : "confirmRevoke"))) return;
    setBusy(true);
    setStatus(null);
    try {
      const response = await fetch("/api/editor/calendar-token", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ action }) });
      if (!response.ok) throw new Error(String(response.status));
      if (action === "create") {
        const { token } = (await response.json()) as { token: string };
        setUrl(`${window.location.origin}/${locale}/calendar/${token}.ics`);
        setActive(true);
        setStatus(t("created"));
      } else {
        setUrl(null);
        setActive(false);
        setStatus(t("revoked"));
      }
    } catch {
      setStatus(t("failed"));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="flex flex-col gap-3">
      {url ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="calendar-url" className="font-semibold">
            {t("yourLink")}
          </label>
          <input id="calendar-url" readOnly value={url} className="w-full rounded border border-line bg-wash px-2 py-1 font-mono text-sm" onFocus={(e) => e.currentTarget.select()} />
          <p className="text-sm text-muted">{t("shownOnce")}</p>
        </div>
      ) : (
        <p data-testid="calendar-state">{active ? t("activeHidden") : t("none")}</p>
      )}
      <div className="flex flex-wrap gap-2">
        <button type="button" disabled={busy} onClick={() => void send("create")} className="rounded bg-brand px-3 py-1.5 font-semibold text-paper disabled:opacity-50">
          {active ? t("replace") : t("create")}
        </button>
        {active ? (
          <button type="button" disabled={busy} onClick={() => void send("revoke")} className="rounded border border-line px-3 py-1.5 disabled:opacity-50">
            {t("revoke")}
          </button>
        ) : null}
      </div>
      <p role="status" aria-live="polite" data-testid="calendar-status">
        {status}
      </p>
    </div>
  );
}
