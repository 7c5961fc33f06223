"use client";
// The staff page of one source (app/[locale]/editor/sources/[id]): its
// details, corrected once for every record citing it, and its archived copy
// (pasted text or a PDF, HTML or text file). Both send through the write
// gate; every refusal is a message under Editor.errors.
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { postJson, WriteStatus, type FieldErrors, type WriteStatusState } from "@/components/editor/write-status";
import { SelectField, TextField } from "@/components/editor/fields";
import { LANGUAGES } from "@/lib/enums";
import type { SourceInput } from "@/lib/sources/edit";


/** The source's details. Saving changes what every record citing it shows: the page lists them above. */
export function SourceDetailsForm({ id, initial, recordCount, canEdit }: { id: number; initial: SourceInput; recordCount: number; canEdit: boolean }) {
  const t = useTranslations("Editor");
  const router = useRouter();
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<WriteStatusState>({ kind: "idle" });
  const field = (name: keyof SourceInput) => ({ path: name, error: errors[name], value: values[name], onChange: (v: string) => setValues((old) => ({ ...old, [name]: v })) });

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (recordCount > 1 && !window.confirm(t("sources.confirmSave", { count: recordCount }))) return;
    setStatus({ kind: "saving", message: t("saving") });
    const { ok, body } = await postJson(`/api/editor/sources/${id}`, { input: values });
    if (ok) {
      setErrors({});
      setStatus({ kind: "saved", message: t("sources.saved", { count: (body.changes as unknown[]).length }) });
      router.refresh();
      return;
    }
    setErrors(body.error?.fieldErrors ?? {});
    setStatus({ kind: "error", message: body.error?.fieldErrors ? t("errors.fixFields") : t(`errors.${body.error?.code ?? "server"}`) });
  }

  return (
    <form onSubmit={save} className="flex flex-col gap-3 rounded border border-line bg-paper p-4" aria-labelledby="source-details" noValidate>
      <h2 id="source-details" className="text-lg font-semibold">
        {t("sources.details")}
      </h2>
      <fieldset disabled={!canEdit} className="grid gap-3 sm:grid-cols-2">
        <div className="sm:col-span-2">
          <TextField {...field("title")} label={t("fields.sourceTitle")} required lang={values.language} />
        </div>
        <div className="sm:col-span-2">
          <TextField {...field("url")} label={t("fields.url")} type="url" />
        </div>
        <TextField {...field("publisher")} label={t("fields.publisher")} />
        <TextField {...field("publishedOn")} label={t("fields.publishedOn")} hint={t("dateHint")} />
        <SelectField {...field("language")} label={t("fields.sourceLanguage")} options={LANGUAGES.map((l) => ({ value: l, label: t(`language.${l}`) }))} />
      </fieldset>
      {canEdit ? (
        <div className="flex flex-wrap items-center gap-3">
          <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-paper disabled:opacity-60" disabled={status.kind === "saving"}>
            {t("sources.saveDetails")}
          </button>
          <WriteStatus status={status} testId="source-status" />
        </div>
      ) : null}
    </form>
  );
}

const readAsBase64 = (file: File) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ""));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });

/** Stores (or replaces) the archived copy; every quote citing the source is checked against it at once. */
export function SourceArchiveForm({ id, today, hasArchive, maxBytes }: { id: number; today: string; hasArchive: boolean; maxBytes: number }) {
  const t = useTranslations("Editor");
  const locale = useLocale();
  const router = useRouter();
  const [mode, setMode] = useState<"file" | "text">("file");
  const [text, setText] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [retrievedOn, setRetrievedOn] = useState(today);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<WriteStatusState>({ kind: "idle" });

  async function save(event: React.FormEvent) {
    event.preventDefault();
    if (mode === "file" && !file) return setErrors({ file: "archivePick" });
    // Said before reading a file the server would refuse anyway.
    if (mode === "file" && file && file.size > maxBytes) return setErrors({ file: "archiveTooLarge" });
    if (hasArchive && !window.confirm(t("sources.confirmReplace"))) return;
    setStatus({ kind: "saving", message: t("saving") });
    const payload = mode === "file" && file ? { retrievedOn, file: { name: file.name, base64: await readAsBase64(file) } } : { retrievedOn, text };
    const { ok, body } = await postJson(`/api/editor/sources/${id}/archive`, payload);
    if (ok) {
      setErrors({});
      setText("");
      setStatus({ kind: "saved", message: t("sources.archived", { checked: Number(body.checked), notFound: Number(body.notFound) }) });
      router.refresh();
      return;
    }
    setErrors(body.error?.fieldErrors ?? {});
    setStatus({ kind: "error", message: body.error?.fieldErrors ? t("errors.fixFields") : t(`errors.${body.error?.code ?? "server"}`) });
  }

  const fileError = errors.file;
  return (
    <form onSubmit={save} className="flex flex-col gap-3 rounded border border-line bg-paper p-4" aria-labelledby="archive-form" noValidate lang={locale}>
      <h2 id="archive-form" className="text-lg font-semibold">
        {hasArchive ? t("sources.replaceArchive") : t("sources.addArchive")}
      </h2>
      <p className="text-sm text-muted">{t("sources.archiveExplain", { mb: Math.round(maxBytes / 1024 / 1024) })}</p>
      <fieldset className="flex flex-wrap gap-4 text-sm">
        <legend className="sr-only">{t("sources.archiveKind")}</legend>
        {(["file", "text"] as const).map((m) => (
          <label key={m} className="flex items-center gap-1">
            <input type="radio" name="archive-kind" value={m} checked={mode === m} onChange={() => setMode(m)} />
            {t(`sources.kind.${m}`)}
          </label>
        ))}
      </fieldset>
      {mode === "file" ? (
        <div className="flex flex-col gap-1">
          <label htmlFor="archive-file" className="text-sm font-semibold">
            {t("sources.file")}
          </label>
          <input
            id="archive-file"
            type="file"
            accept=".pdf,.html,.htm,.txt,application/pdf,text/html,text/plain"
            aria-invalid={fileError ? true : undefined}
            aria-describedby={fileError ? "archive-file-error" : undefined}
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
            className="text-sm"
          />
          {fileError ? (
            <p id="archive-file-error" className="text-sm font-semibold text-red-800" data-testid="error-file">
              {t(`errors.${fileError}`)}
            </p>
          ) : null}
        </div>
      ) : (
        <TextField path="text" error={errors.text} label={t("sources.pastedText")} multiline value={text} onChange={setText} />
      )}
      <div className="sm:w-64">
        <TextField path="retrievedOn" error={errors.retrievedOn} label={t("sources.retrievedOn")} type="date" required value={retrievedOn} onChange={setRetrievedOn} hint={t("sources.retrievedOnHint")} />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className="rounded bg-brand px-4 py-1.5 font-semibold text-paper disabled:opacity-60" disabled={status.kind === "saving"}>
          {t("sources.storeArchive")}
        </button>
        <WriteStatus status={status} testId="source-status" />
      </div>
    </form>
  );
}
