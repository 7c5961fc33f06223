"use client";
// What the record form's sections (components/editor/form-sections.tsx) read:
// the values, how to change them, their errors, and the labels and lists
// they show. AgreementEditor holds the state and provides this.
import { createContext, useContext } from "react";
import type { useTranslations } from "next-intl";
import type { EditorOptions } from "@/lib/editor/queries";
import type { FactName, RowListName } from "@/lib/editor/facts";
import type { AgreementInput } from "@/lib/editor/schema";
import type { Locale } from "@/i18n/locales";

type Values = AgreementInput;

export interface EditorFormApi {
  values: Values;
  /** Sets the value at a path such as ["signatories", 1, "nameEn"]. */
  set: (path: Array<string | number>, value: unknown) => void;
  /** The message key of a field's error, if any. */
  err: (path: string) => string | undefined;
  /** Props of a text or select field bound to a top-level value. */
  field: (path: keyof Values) => { path: string; error: string | undefined; value: string; onChange: (v: string) => void };
  removeRow: (list: RowListName | "sources", index: number) => void;
  t: ReturnType<typeof useTranslations<"Editor">>;
  locale: Locale;
  /** A choice in a list: its label in the page's language, or the one standing in with that language marked. */
  option: (value: number, o: { th: string; en: string; ja?: string | null }) => { value: string; label: string; lang?: string };
  options: EditorOptions;
  enumOptions: (values: readonly string[], ns: string) => Array<{ value: string; label: string }>;
  datePreview: (value: string) => string;
  quoteNotFound: (c: Values["citations"][number]) => boolean;
  /** The facts the record states, each named by its value ("Signatory: Chaichanok Chidchob"), for a passage to back. */
  factChoices: Array<{ fact: FactName; row: number | null; label: string; lang?: string }>;
  /** One fact named by its value, or by its kind and row where it has none. */
  factLabel: (f: { fact: string; row: number | null }) => string;
  /** The facts a passage mentions (lib/editor/suggest.ts), offered for ticking. */
  suggestFor: (quote: string) => Array<{ fact: FactName; row: number | null }>;
  /** An error's message key as the reader's text. */
  errorText: (key: string) => string;
  partyLabels: Array<{ label: string; lang?: string }>;
  sourceLabels: Array<{ label: string; lang?: string }>;
  /** The record's id (a record cannot relate to itself); undefined for a new one. */
  recordId: number | undefined;
}

export const EditorFormContext = createContext<EditorFormApi | null>(null);

export function useEditorForm(): EditorFormApi {
  const api = useContext(EditorFormContext);
  if (!api) throw new Error("useEditorForm outside AgreementEditor");
  return api;
}
