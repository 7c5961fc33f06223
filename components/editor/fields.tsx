"use client";
// Form primitives for the editor: each ties its label, hint and error to the
// input (aria-describedby, aria-invalid) so screen readers announce them.
import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";

export const fieldId = (path: string) => `f-${path.replace(/\./g, "-")}`;

interface FieldProps {
  path: string;
  label: string;
  error?: string;
  hint?: ReactNode;
  required?: boolean;
  lang?: string;
}

function useErrorText() {
  const t = useTranslations("Editor.errors");
  return (key: string) => (t.has(key) ? t(key) : t("invalid"));
}

function Frame({ path, label, error, hint, required, children }: FieldProps & { children: ReactNode }) {
  const errorText = useErrorText();
  const t = useTranslations("Editor");
  const id = fieldId(path);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="text-sm font-semibold">
        {label}
        {required ? <span className="ml-1 font-normal text-muted">({t("required")})</span> : null}
      </label>
      {children}
      {hint ? (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={`${id}-error`} className="text-sm font-semibold text-red-800" data-testid={`error-${path}`}>
          {errorText(error)}
        </p>
      ) : null}
    </div>
  );
}

const inputClass = "w-full rounded border border-line bg-paper px-2 py-1.5 text-sm aria-[invalid=true]:border-red-700 disabled:bg-wash";

function describedBy(path: string, error?: string, hint?: ReactNode) {
  const id = fieldId(path);
  return [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;
}

export function TextField(props: FieldProps & { value: string | number; onChange: (value: string) => void; multiline?: boolean; type?: string; maxLength?: number; placeholder?: string }) {
  const { path, value, onChange, multiline, type = "text", maxLength, placeholder, error, hint, required, lang } = props;
  const common = {
    id: fieldId(path),
    name: path,
    value: String(value),
    lang,
    maxLength,
    placeholder,
    required,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy(path, error, hint),
    className: inputClass,
  };
  return (
    <Frame {...props}>
      {multiline ? <textarea {...common} rows={3} onChange={(e) => onChange(e.target.value)} /> : <input {...common} type={type} onChange={(e) => onChange(e.target.value)} />}
    </Frame>
  );
}

export function SelectField(props: FieldProps & { value: string; onChange: (value: string) => void; options: Array<{ value: string; label: string; lang?: string }> }) {
  const { path, value, onChange, options, error, hint, required } = props;
  return (
    <Frame {...props}>
      <select
        id={fieldId(path)}
        name={path}
        value={value}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(path, error, hint)}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value} lang={o.lang}>
            {o.label}
          </option>
        ))}
      </select>
    </Frame>
  );
}

export function CheckboxField({ path, label, checked, onChange }: { path: string; label: string; checked: boolean; onChange: (value: boolean) => void }) {
  return (
    <label className="flex items-center gap-2 text-sm" htmlFor={fieldId(path)}>
      <input id={fieldId(path)} name={path} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

export function RowList({ title, addLabel, onAdd, children, testId, empty, before, after }: { title: string; addLabel: string; onAdd: () => void; children: ReactNode; testId: string; empty: string; before?: ReactNode; after?: ReactNode }) {
  const hasRows = Array.isArray(children) ? children.length > 0 : Boolean(children);
  const rows = useRef<HTMLDivElement>(null);
  const added = useRef(false);
  const count = Array.isArray(children) ? children.length : hasRows ? 1 : 0;
  // After "+ Add…", the focus goes into the new row's first field, not back to
  // the button below it (issue 27): once the row is on the page.
  useEffect(() => {
    if (!added.current) return;
    added.current = false;
    rows.current?.lastElementChild?.querySelector<HTMLElement>("input, select, textarea")?.focus();
  }, [count]);
  return (
    <fieldset className="rounded border border-line bg-paper p-4" data-testid={testId}>
      <legend className="px-1 text-base font-semibold">{title}</legend>
      {before}
      <div ref={rows} className="flex flex-col gap-4">{hasRows ? children : before || after ? null : <p className="text-sm text-muted">{empty}</p>}</div>
      {after}
      <button
        type="button"
        onClick={() => {
          added.current = true;
          onAdd();
        }}
        className="mt-3 rounded border border-brand px-3 py-1 text-sm font-semibold text-brand hover:bg-brand-soft"
      >
        {addLabel}
      </button>
    </fieldset>
  );
}

export function Row({ label, removeLabel, onRemove, children }: { label: string; removeLabel: string; onRemove: () => void; children: ReactNode }) {
  return (
    <div role="group" aria-label={label} className="rounded border border-line bg-wash p-3">
      <div className="mb-2 flex items-center justify-between">
        <span className="text-sm font-semibold">{label}</span>
        <button type="button" onClick={onRemove} className="text-sm text-red-800 underline" aria-label={`${removeLabel}: ${label}`}>
          {removeLabel}
        </button>
      </div>
      <div className="grid gap-3 sm:grid-cols-2">{children}</div>
    </div>
  );
}
