"use client";
// The forms of the shared-entity pages (organizations, people, scope
// areas): correct the entity's fields, or merge another entry into it. Both
// go through the write gate; every refusal is a message under Editor.errors.
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson, WriteStatus, type FieldErrors, type WriteStatusState } from "@/components/editor/write-status";
import { SelectField, TextField } from "@/components/editor/fields";


export interface EntityField {
  name: string;
  label: string;
  required?: boolean;
  lang?: string;
  hint?: string;
  /** A select (its values are strings; "" is none). */
  options?: Array<{ value: string; label: string; lang?: string }>;
  /** Sent as a number or null rather than a string. */
  numeric?: boolean;
}

/** Corrects the entity; saving changes what every record using it shows (the page lists them above). */
export function EntityForm({ endpoint, fields, initial, version: loadedVersion, recordCount, canEdit, title }: { endpoint: string; fields: EntityField[]; initial: Record<string, string>; version: number; recordCount: number; canEdit: boolean; title: string }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  // The version this form's values were loaded at: a save over someone else's answers 409.
  const [version, setVersion] = useState(loadedVersion);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<WriteStatusState>({ kind: "idle" });

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (recordCount > 1 && !window.confirm(t("sources.confirmSave", { count: recordCount }))) return;
    setStatus({ kind: "saving", message: t("saving") });
    const input = Object.fromEntries(fields.map((f) => [f.name, f.numeric ? (values[f.name] ? Number(values[f.name]) : null) : (values[f.name] ?? "")]));
    const { ok, body } = await postJson(endpoint, { input, version });
    if (ok) {
      if (typeof body.version === "number") setVersion(body.version);
      setErrors({});
      setStatus({ kind: "saved", message: t("sources.saved", { count: body.changes?.length ?? 0 }) });
      router.refresh();
      return;
    }
    setErrors(body.error?.fieldErrors ?? {});
    const code = body.error?.code === "conflict" ? "entityChanged" : (body.error?.code ?? "server");
    setStatus({ kind: "error", message: body.error?.fieldErrors ? t("errors.fixFields") : t.has(`errors.${code}`) ? t(`errors.${code}`) : t("errors.server") });
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-3 rounded border border-line bg-paper p-4" aria-labelledby="entity-form" noValidate>
      <h2 id="entity-form" className="text-lg font-semibold">
        {title}
      </h2>
      <fieldset disabled={!canEdit} className="grid gap-3 sm:grid-cols-2">
        {fields.map((f) =>
          f.options ? (
            <SelectField key={f.name} path={f.name} label={f.label} error={errors[f.name]} hint={f.hint} value={values[f.name] ?? ""} onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))} options={f.options} />
          ) : (
            <TextField key={f.name} path={f.name} label={f.label} required={f.required} lang={f.lang} error={errors[f.name]} hint={f.hint} value={values[f.name] ?? ""} onChange={(v) => setValues((old) => ({ ...old, [f.name]: v }))} />
          ),
        )}
      </fieldset>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-paper disabled:opacity-60" disabled={status.kind === "saving"}>
            {t("sources.saveDetails")}
          </button>
          <WriteStatus status={status} testId="entity-status" />
        </div>
      ) : null}
    </form>
  );
}

/** "Merge into this one": asks first, naming both and how many records change. */
/** One candidate of a merge list: how it is shown (rendered on the server) and the confirmation naming both entries. */
export interface MergeItem {
  id: number;
  label: React.ReactNode;
  confirmText: string;
}

/**
 * The merge candidates with their buttons. The outcome is shown above the
 * list, not beside the button: a merged entry leaves the list when the page
 * refreshes, and its confirmation must not leave with it.
 */
export function MergeList({ endpoint, items, buttonLabel, emptyText }: { endpoint: string; items: MergeItem[]; buttonLabel: string; emptyText: string }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [status, setStatus] = useState<WriteStatusState>({ kind: "idle" });
  async function merge(item: MergeItem) {
    if (!window.confirm(item.confirmText)) return;
    setStatus({ kind: "saving", message: t("saving") });
    const { ok, body } = await postJson(endpoint, { mergeId: item.id });
    if (ok) {
      setStatus({ kind: "saved", message: t("entities.merged", { count: body.agreementIds?.length ?? 0 }) });
      router.refresh();
      return;
    }
    const key = body.error?.fieldErrors?.mergeId ?? body.error?.code ?? "server";
    setStatus({ kind: "error", message: t(`errors.${key}`) });
  }
  return (
    <>
      <WriteStatus status={status} testId="entity-status" />
      {items.length === 0 ? (
        <p className="text-sm text-muted">{emptyText}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="merge-candidates">
          {items.map((item) => (
            <li key={item.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line pb-2 text-sm">
              {item.label}
              <button type="button" onClick={() => void merge(item)} className="rounded border border-brand px-2 py-0.5 text-sm font-semibold text-brand" disabled={status.kind === "saving"}>
                {buttonLabel}
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
