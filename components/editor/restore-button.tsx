"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";

/** Restores revision `revision` as a new revision, after a confirmation. */
export function RestoreButton({ agreementId, currentVersion, revision }: { agreementId: number; currentVersion: number; revision: number }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  async function restore() {
    if (!window.confirm(t("history.confirmRestore", { version: revision }))) return;
    const response = await fetch(`/api/editor/agreements/${agreementId}/restore`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ version: currentVersion, revision }) }).catch(() => null);
    if (!response) return setMessage(t("errors.network"));
    if (response.ok) return router.refresh();
    const code = ((await response.json().catch(() => ({}))) as { error?: { code?: string } }).error?.code ?? "";
    setMessage(code === "conflict" ? t("history.stale") : code === "invalid" ? t("history.invalid") : t(`errors.${["signedOut", "forbidden", "notFound"].includes(code) ? code : "server"}`));
  }
  return (
    <span className="flex items-center gap-2">
      <button type="button" onClick={() => void restore()} className="rounded border border-brand px-2 py-0.5 text-sm font-semibold text-brand hover:bg-brand-soft">
        {t("history.restore", { version: revision })}
      </button>
      {message ? (
        <span role="alert" className="text-sm text-red-800">
          {message}
        </span>
      ) : null}
    </span>
  );
}
