"use client";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef, useState } from "react";
import { postJson, WriteStatus, type WriteStatusState } from "@/components/editor/write-status";

/**
 * The synonym sets as a table, a form to add one (a term per line) and a
 * remove button per set, confirmed first. The list is the server's: after a
 * change the page is read again.
 */
export function SynonymEditor({ sets, canEdit }: { sets: Array<{ id: number; terms: string[] }>; canEdit: boolean }) {
  const t = useTranslations("Synonyms");
  const router = useRouter();
  const [status, setStatus] = useState<WriteStatusState>({ kind: "idle" });
  const [error, setError] = useState<string | null>(null);
  const field = useRef<HTMLTextAreaElement>(null);

  async function add(form: HTMLFormElement) {
    const terms = String(new FormData(form).get("terms") ?? "").split("\n").filter((line) => line.trim() !== "");
    setStatus({ kind: "saving", message: t("saving") });
    const { ok, body } = await postJson("/api/editor/synonyms", { action: "add", input: { terms } });
    if (ok) {
      form.reset();
      setError(null);
      setStatus({ kind: "saved", message: t("added") });
      router.refresh();
      return;
    }
    const code = Object.values(body.error?.fieldErrors ?? {})[0] ?? body.error?.code ?? "server";
    setError(t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.server"));
    setStatus({ kind: "error", message: t("notSaved") });
    field.current?.focus();
  }

  async function remove(id: number, terms: string[]) {
    if (!window.confirm(t("confirmRemove", { terms: terms.join(", ") }))) return;
    const { ok } = await postJson("/api/editor/synonyms", { action: "delete", id });
    setStatus(ok ? { kind: "saved", message: t("removed") } : { kind: "error", message: t("errors.server") });
    if (ok) router.refresh();
  }

  return (
    <div className="flex flex-col gap-4">
      <WriteStatus status={status} testId="synonyms-status" />
      <table className="w-full border-collapse bg-paper text-sm" data-testid="synonym-sets">
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="p-2">{t("terms")}</th>
            {canEdit ? <th scope="col" className="p-2"><span className="sr-only">{t("actions")}</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {sets.map((s) => (
            <tr key={s.id} className="border-b border-line align-top" data-testid="synonym-set">
              <td className="p-2">
                <ul className="flex flex-wrap gap-1.5">
                  {s.terms.map((term) => (
                    <li key={term} className="rounded-full border border-line bg-wash px-2 py-0.5">
                      {term}
                    </li>
                  ))}
                </ul>
              </td>
              {canEdit ? (
                <td className="p-2 text-end">
                  <button type="button" onClick={() => void remove(s.id, s.terms)} className="rounded border border-line px-2 py-0.5" aria-label={t("removeLabel", { terms: s.terms.join(", ") })}>
                    {t("remove")}
                  </button>
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
      {canEdit ? (
        <form
          className="flex max-w-xl flex-col gap-2 rounded border border-line bg-paper p-4"
          onSubmit={(e) => {
            e.preventDefault();
            void add(e.currentTarget);
          }}
        >
          <label htmlFor="synonym-terms" className="font-semibold">
            {t("newSet")}
          </label>
          <p id="synonym-hint" className="text-sm text-muted">
            {t("hint")}
          </p>
          <textarea
            ref={field}
            id="synonym-terms"
            name="terms"
            rows={4}
            required
            aria-describedby={error ? "synonym-hint synonym-error" : "synonym-hint"}
            aria-invalid={error ? true : undefined}
            className="rounded border border-line px-2 py-1"
            data-testid="synonym-terms"
          />
          {error ? (
            <p id="synonym-error" className="text-sm font-semibold text-red-800" data-testid="synonym-error">
              {error}
            </p>
          ) : null}
          <button type="submit" disabled={status.kind === "saving"} className="self-start rounded bg-brand px-3 py-1.5 font-semibold text-paper disabled:opacity-50">
            {t("add")}
          </button>
        </form>
      ) : (
        <p className="text-muted">{t("readOnly")}</p>
      )}
    </div>
  );
}
