"use client";
// The whole-record form. Everything typed lives in this component's state, so
// nothing is lost when the server refuses a save; the same zod schema as the
// server's (lib/editor/schema.ts) checks it before sending. Saves go to the
// write endpoints (app/api/editor/…) with the version the form was loaded
// at: a stale form gets the other editor's changes back, never overwrites.
import "@/lib/zod-config";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useRef, useState, type FormEvent } from "react";
import { useForm, useWatch, type FieldErrors as RHFFieldErrors } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { ChangeList } from "@/components/editor/change-list";
import { useHydrated } from "@/lib/browser/use-hydrated";
import { EditorFormContext } from "@/components/editor/form-context";
import { FormIndex, FormPart, PART_OF_FACT, type FormPartName } from "@/components/editor/form-index";
import { DatesSection, EventsSection, InternalSection, PartiesSection, RecordSection, RelationsSection, ScopeAreasSection, SourcesSection } from "@/components/editor/form-sections";
import { canonical, type Change } from "@/lib/editor/diff";
import { formatPartialDate, intlLocale } from "@/lib/dates/format";
import { labelIn } from "@/lib/i18n/pick";
import type { Locale } from "@/i18n/locales";
import { parseFormDate } from "@/lib/dates/partial-date";
import { clearDraft, draftKey, readDraft, writeDraft, type LocalDraft } from "@/lib/editor/local-draft";
import type { EditorOptions } from "@/lib/editor/queries";
import type { PublicationState } from "@/lib/enums";
import { staleStatements } from "@/lib/editor/consistency";
import { emptyAgreementInput } from "@/lib/editor/defaults";
import { passagesFromLegacy } from "@/lib/editor/passages";
import { needlesOf, suggestedFacts } from "@/lib/editor/suggest";
import { changedCitedFacts, RECORD_FACTS, ROW_FACT_LISTS, ROW_FACTS, uncitedFacts, type RowListName } from "@/lib/editor/facts";
import { agreementFormSchema, fieldErrorsOf, partialDateText, type AgreementFormValues, type AgreementInput, type FieldErrors } from "@/lib/editor/schema";

type Values = AgreementInput;
type Publication = PublicationState;

interface Props {
  mode: "create" | "edit";
  id?: number;
  version?: number;
  publicationState?: Publication;
  initial: Values;
  /** For each of initial.citations: is its quote in the source's archived copy (null: no archive). */
  quoteChecks?: Array<boolean | null>;
  options: EditorOptions;
  canEdit: boolean;
  canPublish: boolean;
}

interface Conflict {
  currentVersion: number;
  changes: Change[];
  by: string | null;
  at: string | null;
}

/**
 * react-hook-form's nested errors as the form shows them: field path → message
 * key (as lib/editor/schema.ts fieldErrorsOf gives the server's). An error on
 * a whole list sits under `root` and is the list's.
 */
function flattenErrors(errors: RHFFieldErrors, prefix = ""): FieldErrors {
  const out: FieldErrors = {};
  for (const [key, value] of Object.entries(errors ?? {})) {
    if (!value || typeof value !== "object" || key === "ref") continue;
    const path = key === "root" ? prefix.replace(/\.$/, "") : `${prefix}${key}`;
    const message = (value as { message?: unknown }).message;
    if (typeof message === "string" && "type" in value) {
      out[path || "_form"] ??= /^[a-zA-Z]+$/.test(message) ? message : "invalid";
    }
    Object.assign(out, Object.fromEntries(Object.entries(flattenErrors(value as RHFFieldErrors, `${path}.`)).filter(([k]) => !(k in out))));
  }
  return out;
}

/** The part of the form a field (a dotted path, as errors name it) is in. */
function partOfField(path: string): FormPartName {
  const top = path.split(".")[0]!;
  if (["parties", "signatories"].includes(top)) return "parties";
  if (top === "scopeAreas") return "scope";
  if (top === "events" || top === "relations") return top;
  if (top === "sources" || top === "citations") return "sources";
  if (top === "internalNote") return "internal";
  if (/^(cabinetApprovalOn|signedOn|signedAt|effectiveOn|expiresOn|termMonths|automaticRenewal|terminationNoticeMonths)/.test(top)) return "dates";
  return "identity";
}

/** The value at a dotted field path ("citations.3.quote"). */
function valueAt(values: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as Record<string, unknown>)[key] : undefined), values);
}

/** Messages the form's own schema gives: once the schema passes a field, its old message goes. */
const clientCheckable = (_path: string, key: string) => !["slugTaken", "invalidCharacters", "pickOrganization", "pickScopeArea", "pickSource", "pickAgreement"].includes(key);

/** Quote checks of saved citations, by source and quote: a quote edited since is not judged until saved. */
function quoteCheckMap(values: Values, checks: Array<boolean | null>): Map<string, boolean> {
  const map = new Map<string, boolean>();
  values.citations.forEach((c, i) => {
    const sourceId = values.sources[c.source]?.sourceId;
    const check = checks[i];
    if (sourceId != null && check != null) map.set(`${sourceId}\u0000${c.quote.trim()}`, check);
  });
  return map;
}

export function AgreementEditor({ mode, id, version: initialVersion, publicationState: initialState, initial, quoteChecks: initialChecks = [], options, canEdit, canPublish }: Props) {
  const t = useTranslations("Editor");
  // False in the server's HTML: the save button works only once the script runs.
  const hydrated = useHydrated();
  const statusLine = useRef<HTMLDivElement>(null);
  const tc = useTranslations("Common");
  const locale = useLocale() as Locale;
  const router = useRouter();
  // The form's state lives in react-hook-form; the zod resolver runs the same
  // schema as the server (lib/editor/schema.ts) when the form is submitted.
  const form = useForm<AgreementFormValues, unknown, Values>({
    defaultValues: initial as AgreementFormValues,
    resolver: zodResolver(agreementFormSchema),
    mode: "onSubmit",
    reValidateMode: "onSubmit",
  });
  const values = useWatch({ control: form.control }) as Values;
  /** Replaces every value (a restored draft, the record as saved). */
  const setValues = (next: Values) => form.reset(next as AgreementFormValues, { keepDefaultValues: true });
  const [version, setVersion] = useState(initialVersion ?? 0);
  const [state, setState] = useState<Publication>(initialState ?? "DRAFT");
  // Errors the last save found, each with the value it was found on (the
  // server's, such as a slug already taken, cannot be checked here).
  const [errors, setErrorsState] = useState<{ found: FieldErrors; on: Values | null }>({ found: {}, on: null });
  const setErrors = (found: FieldErrors) => setErrorsState({ found, on: Object.keys(found).length ? (form.getValues() as Values) : null });
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "saved" | "error"; message?: string }>({ kind: "idle" });
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const [folded, setFolded] = useState<Set<FormPartName>>(() => new Set());

  const option = (value: number, o: { th: string; en: string; ja?: string | null }) => {
    const chosen = labelIn(o, locale);
    return { value: String(value), label: chosen.text, lang: chosen.lang };
  };
  const [savedValues, setSavedValues] = useState(initial);
  const [quoteChecks, setQuoteChecks] = useState(() => quoteCheckMap(initial, initialChecks));
  const quoteNotFound = (c: Values["citations"][number]) => {
    const sourceId = values.sources[c.source]?.sourceId;
    return sourceId != null && quoteChecks.get(`${sourceId}\u0000${c.quote.trim()}`) === false;
  };
  const dirty = useMemo(() => canonical(values) !== canonical(savedValues), [values, savedValues]);

  // Everything typed is kept in the browser until it is saved (lib/editor/local-draft.ts);
  // a draft left by a reload or a lost connection is offered back, never applied unasked.
  const draftStorageKey = draftKey(id);
  const [offeredDraft, setOfferedDraft] = useState<LocalDraft<Values> | null>(null);
  useEffect(() => {
    if (!canEdit) return;
    const draft = readDraft<Values>(draftStorageKey);
    // localStorage exists only in the browser, after the server's render: the
    // offer can only be made once mounted.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (draft && canonical(draft.values) !== canonical(initial)) setOfferedDraft(draft);
    else if (draft) clearDraft(draftStorageKey);
    // Only on opening the form: later changes are this session's own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  // Each successful save starts a new generation: a draft write scheduled
  // before it (its timer may fire while the form re-renders after the save)
  // must not put back the draft the save just removed.
  const draftGeneration = useRef(0);
  useEffect(() => {
    if (!canEdit || offeredDraft) return;
    if (!dirty) return;
    const generation = draftGeneration.current;
    const timer = window.setTimeout(() => {
      if (draftGeneration.current === generation) writeDraft(draftStorageKey, { values, version, savedAt: new Date().toISOString() });
    }, 400);
    return () => window.clearTimeout(timer);
  }, [values, dirty, canEdit, offeredDraft, draftStorageKey, version]);

  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty || !canEdit) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, canEdit]);

  // Ctrl+S / Cmd+S saves, as in any editor.
  const saveRef = useRef<() => void>(() => {});
  useEffect(() => {
    if (!canEdit) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
        event.preventDefault();
        saveRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [canEdit]);
  const set = (path: Array<string | number>, value: unknown) => form.setValue(path.join(".") as "slug", value as string, { shouldDirty: true });
  // After a save has found errors, each message follows the input (issue 27):
  // the schema runs again on every change, so a corrected field loses its
  // message at once and a wrong one says what is wrong now; an error only the
  // server can find stays while its field holds the value it was found on.
  const liveErrors = useMemo<FieldErrors>(() => {
    if (!errors.on) return {};
    const parsed = agreementFormSchema.safeParse(values);
    const live = parsed.success ? {} : fieldErrorsOf(parsed.error);
    const kept = Object.entries(errors.found).filter(([path]) => !(path in live) && JSON.stringify(valueAt(values, path)) === JSON.stringify(valueAt(errors.on, path)) && !clientCheckable(path, errors.found[path]!));
    return { ...live, ...Object.fromEntries(kept) };
  }, [values, errors]);
  const err = (path: string) => liveErrors[path];

  // Removing a row must not leave passages pointing at the wrong one: the
  // removed row is no longer among the facts a passage backs, later rows move up.
  function removeRow(list: RowListName | "sources", index: number) {
    {
      const v = form.getValues() as Values;
      const next = { ...v, [list]: (v[list] as unknown[]).filter((_, j) => j !== index) } as Values;
      if (list === "sources") {
        next.citations = v.citations.filter((c) => c.source !== index).map((c) => (c.source > index ? { ...c, source: c.source - 1 } : c));
      } else {
        const fact = ROW_FACTS.find((f) => ROW_FACT_LISTS[f] === list);
        // A passage backing only the removed row goes with it, as a row's own citation did.
        next.citations = v.citations
          .map((c) => ({ ...c, facts: c.facts.filter((f) => !(f.fact === fact && f.row === index)).map((f) => (f.fact === fact && f.row !== null && f.row > index ? { ...f, row: f.row - 1 } : f)) }))
          .filter((c, i) => c.facts.length > 0 || v.citations[i]!.facts.length === 0);
      }
      if (list === "parties") next.signatories = v.signatories.map((s) => (s.party > index ? { ...s, party: s.party - 1 } : s));
      for (const key of [list, "citations", "signatories"] as const) form.setValue(key, next[key] as never, { shouldDirty: true });
    }
  }
  const field = (path: keyof Values) => ({ path, error: err(path), value: values[path] as string, onChange: (v: string) => set([path], v) });

  const datePreview = (value: string) => {
    // No reading of a value the schema refuses (a Buddhist Era year, say).
    const parsed = value.trim() && partialDateText.safeParse(value).success ? parseFormDate(value) : null;
    if (!parsed) return t("dateHint");
    const text = formatPartialDate(parsed, locale);
    const precision = parsed.precision === "DAY" ? "day" : parsed.precision === "MONTH" ? "month" : "year";
    const date = parsed.bound ? tc(parsed.bound === "ON_OR_BEFORE" ? "onOrBefore" : "onOrAfter", { precision, date: text }) : text;
    return t("datePreview", { date });
  };

  // The first field in the page marked invalid, once React has rendered the
  // errors (errors arrive in the schema's order, not the page's).
  function focusFirstError() {
    // A folded part opens to show its error.
    setFolded(new Set());
    requestAnimationFrame(() => document.querySelector<HTMLElement>('form [aria-invalid="true"]')?.focus());
  }

  async function send(url: string, method: string, body: unknown): Promise<Response | null> {
    try {
      return await fetch(url, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    } catch {
      setStatus({ kind: "error", message: t("errors.network") });
      return null;
    }
  }

  async function handleFailure(response: Response) {
    // The write API's error shape (lib/api/write.ts): {"error": {"code", …}}.
    const { error } = ((await response.json().catch(() => ({}))) as { error?: { code?: string; fieldErrors?: FieldErrors } & Partial<Conflict> }) ?? {};
    const code = error?.code ?? "";
    if (response.status === 422 && error?.fieldErrors) {
      setErrors(error.fieldErrors);
      setStatus({ kind: "error", message: t("errors.fixFields") });
      focusFirstError();
      return;
    }
    if (response.status === 409 && code === "conflict") {
      setConflict({ currentVersion: error!.currentVersion!, changes: error!.changes ?? [], by: error!.by ?? null, at: error!.at ?? null });
      setStatus({ kind: "error", message: t("conflict.title") });
      return;
    }
    const known = ["signedOut", "forbidden", "crossOrigin", "tooLarge", "transition", "notFound", "unavailable"];
    setStatus({ kind: "error", message: t(`errors.${known.includes(code) ? code : "server"}`) });
  }

  async function save(overVersion?: number, publish = false) {
    await form.handleSubmit(
      (input) => {
        // Publishing a new record asks first about uncited facts, as publishing a saved one does.
        const unbacked = publish ? uncitedFacts(input).length : 0;
        if (unbacked > 0 && !window.confirm(t("confirmPublishUncited", { count: unbacked }))) return;
        return sendRecord(input, overVersion, publish);
      },
      (invalid) => {
        setErrors(flattenErrors(invalid));
        setStatus({ kind: "error", message: t("errors.fixFields") });
        focusFirstError();
      },
    )();
  }

  /** Sends the record as the resolver parsed it. */
  async function sendRecord(input: Values, overVersion?: number, publish = false) {
    const parsed = { data: input };
    setErrors({});
    setStatus({ kind: "saving" });
    const response = mode === "create" ? await send("/api/editor/agreements", "POST", { input: parsed.data }) : await send(`/api/editor/agreements/${id}`, "PUT", { version: overVersion ?? version, input: parsed.data });
    if (!response) return;
    if (!response.ok) return handleFailure(response);
    const saved = (await response.json()) as { id: number; version: number; input: Values; quoteChecks: Array<boolean | null> };
    setConflict(null);
    draftGeneration.current++;
    if (mode === "create") {
      clearDraft(draftStorageKey);
      setSavedValues(values);
      // "Save and publish": the draft is published in a second step; if that
      // step fails, the record is kept as a draft and its page says so.
      if (publish) await send(`/api/editor/agreements/${saved.id}/publication`, "POST", { version: saved.version, action: "PUBLISH" });
      router.push(`/${locale}/editor/agreements/${saved.id}?created=1`);
      return;
    }
    clearDraft(draftStorageKey);
    setSavedValues(saved.input);
    setValues(saved.input);
    setQuoteChecks(quoteCheckMap(saved.input, saved.quoteChecks));
    setVersion(saved.version);
    setStatus({ kind: "saved", message: t("saved", { version: saved.version }) });
    // The focus goes to what the save says, not to the page's body (issue 27).
    requestAnimationFrame(() => statusLine.current?.focus());
  }

  async function changePublication(action: "PUBLISH" | "UNPUBLISH" | "ARCHIVE") {
    if (action === "PUBLISH" && uncited.length > 0 && !window.confirm(t("confirmPublishUncited", { count: uncited.length }))) return;
    if (action !== "PUBLISH" && !window.confirm(t(action === "ARCHIVE" ? "confirmArchive" : "confirmUnpublish"))) return;
    setStatus({ kind: "saving" });
    const response = await send(`/api/editor/agreements/${id}/publication`, "POST", { version, action });
    if (!response) return;
    if (!response.ok) return handleFailure(response);
    const saved = (await response.json()) as { version: number };
    setVersion(saved.version);
    setState(action === "PUBLISH" ? "PUBLISHED" : action === "UNPUBLISH" ? "DRAFT" : "ARCHIVED");
    setStatus({ kind: "saved", message: t(`done.${action}`) });
    router.refresh();
  }

  useEffect(() => {
    saveRef.current = () => void save();
  });

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  const enumOptions = (values: readonly string[], ns: string) => values.map((v) => ({ value: v, label: t(`${ns}.${v}`) }));
  // Each with its language where it is not the page's (a name with no Japanese form, a Thai source's title).
  const partyLabels = values.parties.map((p, i): { label: string; lang?: string } => {
    const org = p.organizationId ? options.organizations.find((o) => o.id === p.organizationId) : null;
    if (org) {
      const { text, lang } = labelIn(org, locale);
      return { label: text, lang };
    }
    const typed = p.newOrganization?.[locale === "th" ? "nameTh" : "nameEn"];
    return typed ? { label: typed, lang: locale === "th" ? "th" : "en" } : { label: t("partyN", { n: i + 1 }) };
  });
  const uncited = uncitedFacts(values);
  const recheck = changedCitedFacts(savedValues, values);
  const stale = staleStatements(savedValues, values);
  const uncitedByPart: Partial<Record<FormPartName, number>> = {};
  for (const f of uncited) uncitedByPart[PART_OF_FACT[f.fact]!] = (uncitedByPart[PART_OF_FACT[f.fact]!] ?? 0) + 1;
  const errorsByPart: Partial<Record<FormPartName, number>> = {};
  for (const path of Object.keys(liveErrors)) errorsByPart[partOfField(path)] = (errorsByPart[partOfField(path)] ?? 0) + 1;
  // Each fact named by its value, in the page's language where it has one
  // ("ผู้ลงนาม: ชัยชนก ชิดชอบ", "Scope area: Artificial intelligence"), never
  // by a row number the editor would have to count (issue 27).
  const localized = (o: { th?: string | null; en?: string | null; ja?: string | null }) => {
    const chosen = labelIn({ th: o.th ?? "", en: o.en ?? "", ja: o.ja ?? null }, locale);
    return chosen.text ? chosen : null;
  };
  const short = (text: string) => (text.length > 70 ? `${text.slice(0, 69)}…` : text);
  const dateText = (value: string) => {
    const parsed = value.trim() && partialDateText.safeParse(value).success ? parseFormDate(value) : null;
    return parsed ? formatPartialDate(parsed, locale) : value.trim();
  };
  const factValue = (fact: string, row: number | null): { text: string; lang?: string } | null => {
    const v = values;
    switch (fact) {
      case "title":
        return localized({ th: v.titleTh, en: v.titleEn, ja: v.titleJa });
      case "kind":
        return { text: t(`kind.${v.kind}`) };
      case "summary":
        return localized({ th: v.summaryTh, en: v.summaryEn, ja: v.summaryJa });
      case "legalNature":
        return v.legalNature ? { text: t(`legalNature.${v.legalNature}`) } : null;
      case "cabinetApprovalOn":
      case "signedOn":
      case "effectiveOn":
      case "expiresOn":
        return v[fact].trim() ? { text: dateText(v[fact]) } : null;
      case "signedAt":
        return localized({ th: v.signedAtTh, en: v.signedAtEn, ja: v.signedAtJa });
      case "termMonths":
      case "terminationNoticeMonths":
        return v[fact] === "" ? null : { text: t("monthsN", { count: Number(v[fact]) }) };
      case "automaticRenewal":
        return v.automaticRenewal === "unknown" ? null : { text: t(`renewal.${v.automaticRenewal}`) };
    }
    if (row === null) return null;
    switch (fact) {
      case "party":
        return partyLabels[row] && values.parties[row] ? { text: partyLabels[row]!.label, lang: partyLabels[row]!.lang } : null;
      case "signatory": {
        const s = v.signatories[row];
        if (!s) return null;
        return localized({ th: s.nameTh, en: s.nameEn, ja: s.nameJa }) ?? localized({ th: s.positionTh, en: s.positionEn, ja: s.positionJa }) ?? (partyLabels[s.party] ? { text: partyLabels[s.party]!.label, lang: partyLabels[s.party]!.lang } : null);
      }
      case "scopeArea": {
        const s = v.scopeAreas[row];
        if (!s) return null;
        const known = s.scopeAreaId ? options.scopeAreas.find((o) => o.id === s.scopeAreaId) : null;
        return known ? localized(known) : s.newScopeArea ? localized({ th: s.newScopeArea.labelTh, en: s.newScopeArea.labelEn, ja: s.newScopeArea.labelJa }) : null;
      }
      case "event": {
        const e = v.events[row];
        if (!e) return null;
        // Its date and its own words: two events of one day ("Other", 30 April 2015) stay apart.
        const description = localized({ th: e.descriptionTh, en: e.descriptionEn, ja: e.descriptionJa });
        return { text: [dateText(e.date) || t(`eventType.${e.type}`), description?.text].filter(Boolean).join(" · "), lang: description?.lang };
      }
      case "relation": {
        const r = v.relations[row];
        const other = r ? options.agreements.find((a) => a.id === r.agreementId) : null;
        return r ? { text: [t(`relationType.${r.type}`), other ? localized(other)?.text : ""].filter(Boolean).join(": ") } : null;
      }
    }
    return null;
  };
  const factLabel = (f: { fact: string; row: number | null }) => {
    const value = factValue(f.fact, f.row);
    const kind = t(`facts.${f.fact}`);
    return value ? `${kind}: ${short(value.text)}` : f.row === null ? kind : `${kind} ${f.row + 1}`;
  };
  const factChoices = [
    ...RECORD_FACTS.filter((fact) => factValue(fact, null) !== null).map((fact) => ({ fact, row: null, label: factLabel({ fact, row: null }), lang: factValue(fact, null)?.lang })),
    ...ROW_FACTS.flatMap((fact) => values[ROW_FACT_LISTS[fact]].map((_, row) => ({ fact, row, label: factLabel({ fact, row }), lang: factValue(fact, row)?.lang }))),
  ];
  const uncitedLabel = factLabel;
  const needles = needlesOf(values, options);
  const suggestFor = (quote: string) => suggestedFacts(quote, needles);
  // A date as the page writes it; a name as typed.
  const staleValue = (value: string) => (parseFormDate(value) ? dateText(value) : value);
  const te = useTranslations("Editor.errors");
  const errorText = (key: string) => (te.has(key) ? te(key) : te("invalid"));
  const sourceLabels = values.sources.map((s, i): { label: string; lang?: string } => {
    const known = s.sourceId ? options.sources.find((o) => o.id === s.sourceId) : null;
    const title = known ? known.title : s.newSource?.title;
    return title ? { label: title, lang: known ? known.language : s.newSource?.language } : { label: t("sourceN", { n: i + 1 }) };
  });

  return (
    // method="post": a form sent before its script has run must not put what was typed (internal notes included) in the address.
    <form method="post" onSubmit={onSubmit} noValidate aria-label={t(mode === "create" ? "newTitle" : "editTitle")} className="flex flex-col gap-6">
      {/* Without JavaScript the form cannot save (it posts JSON through the write API): said at once, and saving stays off (issue 27). */}
      <noscript>
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-sm font-semibold text-red-900" data-testid="editor-needs-script">
          {t("needsScript")}
        </p>
      </noscript>
      <div ref={statusLine} tabIndex={-1} aria-live="polite" role="status" data-testid="editor-status" className={status.kind === "error" ? "rounded border border-red-700 bg-red-50 p-3 text-sm font-semibold text-red-900" : status.kind === "saved" ? "rounded border border-green-700 bg-green-50 p-3 text-sm text-green-900" : "sr-only"}>
        {status.kind === "saving" ? t("saving") : status.message}
      </div>

      {offeredDraft ? (
        <section className="rounded border border-amber-700 bg-amber-50 p-4" data-testid="local-draft" aria-labelledby="local-draft-title">
          <h2 id="local-draft-title" className="text-lg font-semibold">
            {t("draft.title")}
          </h2>
          <p className="text-sm">
            {t("draft.explain", { when: new Date(offeredDraft.savedAt).toLocaleString(intlLocale(locale), { dateStyle: "medium", timeStyle: "short" }) })}
            {mode === "edit" && offeredDraft.version !== version ? ` ${t("draft.newerVersion", { version })}` : ""}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => {
                // A draft kept before a field existed (the place of signing) or before
                // citations were passages is brought to today's shape first.
                setValues({ ...emptyAgreementInput(), ...(passagesFromLegacy(offeredDraft.values) as Values) });
                setOfferedDraft(null);
              }}
              className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-paper"
            >
              {t("draft.restore")}
            </button>
            <button
              type="button"
              onClick={() => {
                if (!window.confirm(t("draft.confirmDiscard"))) return;
                clearDraft(draftStorageKey);
                setOfferedDraft(null);
              }}
              className="rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800"
            >
              {t("draft.discard")}
            </button>
          </div>
        </section>
      ) : null}

      {conflict ? (
        <section className="rounded border border-amber-700 bg-amber-50 p-4" data-testid="conflict" aria-labelledby="conflict-title">
          <h2 id="conflict-title" className="text-lg font-semibold">
            {t("conflict.title")}
          </h2>
          <p className="text-sm">{t("conflict.explain", { by: conflict.by ?? t("conflict.someone"), version: conflict.currentVersion })}</p>
          <ChangeList changes={conflict.changes} options={options} emptyText={t("conflict.noDetail")} />
          <div className="mt-3 flex flex-wrap gap-3">
            <button type="button" onClick={() => window.location.reload()} className="rounded bg-brand px-3 py-1.5 text-sm font-semibold text-paper">
              {t("conflict.reload")}
            </button>
            <button type="button" onClick={() => window.confirm(t("conflict.confirmOverwrite")) && void save(conflict.currentVersion)} className="rounded border border-red-800 px-3 py-1.5 text-sm font-semibold text-red-800">
              {t("conflict.overwrite")}
            </button>
          </div>
        </section>
      ) : null}

      {mode === "edit" ? (
        <div className="flex flex-wrap items-center gap-3 rounded border border-line bg-paper p-3 text-sm">
          <span data-testid="publication-state">
            {t("stateLabel")}: <strong>{t(`state.${state}`)}</strong> · {t("versionLabel", { version })}
          </span>
          {canPublish && state !== "PUBLISHED" ? (
            <button type="button" onClick={() => void changePublication("PUBLISH")} className="rounded bg-green-800 px-3 py-1 font-semibold text-paper">
              {t("actions.PUBLISH")}
            </button>
          ) : null}
          {canPublish && state === "PUBLISHED" ? (
            <button type="button" onClick={() => void changePublication("UNPUBLISH")} className="rounded border border-brand px-3 py-1 font-semibold text-brand">
              {t("actions.UNPUBLISH")}
            </button>
          ) : null}
          {canPublish && state !== "ARCHIVED" ? (
            <button type="button" onClick={() => void changePublication("ARCHIVE")} className="rounded border border-red-800 px-3 py-1 font-semibold text-red-800">
              {t("actions.ARCHIVE")}
            </button>
          ) : null}
        </div>
      ) : null}

      {/* min-w-0: a fieldset is as wide as its widest content by default, and the index bar scrolls sideways within it on a phone. */}
      <fieldset disabled={!canEdit} className="flex min-w-0 flex-col gap-6">
        {!canEdit ? <p className="rounded border border-line bg-brand-soft p-3 text-sm">{t("readOnly")}</p> : null}

        <EditorFormContext.Provider value={{ values, set, err, field, removeRow, t, locale, option, options, enumOptions, datePreview, quoteNotFound, partyLabels, sourceLabels, factChoices, factLabel, suggestFor, errorText, recordId: id }}>
          <FormIndex uncited={uncitedByPart} errors={errorsByPart} />
          {(
            [
              ["identity", <RecordSection key="identity" />],
              ["dates", <DatesSection key="dates" />],
              ["parties", <PartiesSection key="parties" />],
              ["scope", <ScopeAreasSection key="scope" />],
              ["events", <EventsSection key="events" />],
              ["relations", <RelationsSection key="relations" />],
              ["sources", <SourcesSection key="sources" />],
              ["internal", <InternalSection key="internal" />],
            ] as const
          ).map(([part, body]) => (
            <FormPart key={part} part={part} open={!folded.has(part)} onToggle={() => setFolded((f) => (f.has(part) ? new Set([...f].filter((x) => x !== part)) : new Set([...f, part])))}>
              {body}
            </FormPart>
          ))}
        </EditorFormContext.Provider>

        {stale.length > 0 ? (
          // Said as it is typed, before any save: which passages and facts still give the old value (issue 27).
          <section aria-labelledby="stale-title" aria-live="polite" className="rounded border border-red-800 bg-red-50 p-4 text-sm text-red-950" data-testid="stale">
            <h2 id="stale-title" className="font-semibold">
              {t("stale.title")}
            </h2>
            <p>{t("stale.explain")}</p>
            <ul className="mt-2 list-disc space-y-2 ps-5">
              {stale.map((s) => (
                <li key={`${s.fact.fact}:${s.fact.row ?? ""}:${s.before}`}>
                  <span className="font-semibold">{t("stale.change", { fact: t(`facts.${s.fact.fact}`), before: staleValue(s.before), after: staleValue(s.after) || "—" })}</span>
                  {s.passages.length > 0 ? (
                    <span className="block">
                      {t("stale.passages")}{" "}
                      {s.passages.map((i) => `${t("citationN", { n: i + 1 })} (“${short(values.citations[i]!.quote)}”)`).join(" · ")}
                    </span>
                  ) : null}
                  {s.others.length > 0 ? (
                    <span className="block">
                      {t("stale.others")} {s.others.map(factLabel).join(" · ")}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {recheck.length > 0 ? (
          <section aria-labelledby="recheck-title" className="rounded border border-amber-700 bg-amber-50 p-4 text-sm" data-testid="recheck">
            <h2 id="recheck-title" className="font-semibold">
              {t("recheck.title")}
            </h2>
            <p>{t("recheck.explain")}</p>
            <p className="mt-1">{recheck.map(uncitedLabel).join(" · ")}</p>
          </section>
        ) : null}

        {uncited.length > 0 ? (
          <section aria-labelledby="uncited-title" className="rounded border border-amber-700 bg-amber-50 p-4 text-sm" data-testid="uncited">
            <h2 id="uncited-title" className="font-semibold">
              {t("uncited.title", { count: uncited.length })}
            </h2>
            <p>{t("uncited.explain")}</p>
            <p className="mt-1">{uncited.map(uncitedLabel).join(" · ")}</p>
          </section>
        ) : null}

        {canEdit ? (
          <div className="sticky bottom-0 flex gap-3 border-t border-line bg-wash py-3" data-testid="save-bar">
            <button type="submit" disabled={!hydrated || status.kind === "saving"} aria-keyshortcuts="Control+S" className="rounded bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand/90 disabled:opacity-60">
              {status.kind === "saving" ? t("saving") : mode === "create" ? t("createDraft") : t("save")}
            </button>
            {mode === "create" && canPublish ? (
              <button type="button" disabled={!hydrated || status.kind === "saving"} onClick={() => void save(undefined, true)} className="rounded border border-green-800 px-4 py-2 font-semibold text-green-800 hover:bg-green-50 disabled:opacity-60" data-testid="create-and-publish">
                {t("createAndPublish")}
              </button>
            ) : null}
            <span className="self-center text-sm text-muted">
              {state === "PUBLISHED" && mode === "edit" ? t("savesPublic") : t("saveShortcut")}
              {dirty ? ` · ${t("unsaved")}` : ""}
            </span>
          </div>
        ) : null}
      </fieldset>
    </form>
  );
}
