"use client";
// The whole-record form. Everything typed lives in this component's state, so
// nothing is lost when the server refuses a save; the same zod schema as the
// server's (lib/editor/schema.ts) checks it before sending. Saves go to the
// write endpoints (app/api/editor/…) with the version the form was loaded
// at: a stale form gets the other editor's changes back, never overwrites.
import "@/lib/zod-config";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, type FormEvent } from "react";
import { CheckboxField, Row, RowList, SelectField, TextField } from "@/components/editor/fields";
import { ChangeList } from "@/components/editor/change-list";
import { canonical, type Change } from "@/lib/editor/diff";
import { AGREEMENT_KINDS } from "@/lib/agreements/filters";
import { formatPartialDate } from "@/lib/dates/format";
import { parseFormDate } from "@/lib/dates/partial-date";
import { clearDraft, draftKey, readDraft, writeDraft, type LocalDraft } from "@/lib/editor/local-draft";
import type { EditorOptions } from "@/lib/editor/queries";
import type { PublicationState } from "@/lib/enums";
import { changedCitedFacts, FACTS, ROW_FACT_LISTS, ROW_FACTS, uncitedFacts, type RowFact, type RowListName } from "@/lib/editor/facts";
import {
  agreementInputSchema,
  EVENT_TYPES,
  fieldErrorsOf,
  LANGUAGES,
  LEGAL_NATURES,
  partialDateText,
  RELATION_TYPES,
  RENEWAL_CHOICES,
  SIGNATORY_ROLES,
  VISIBILITIES,
  type AgreementInput,
  type FieldErrors,
} from "@/lib/editor/schema";

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

// Immutable update of one value at a path such as ["signatories", 1, "nameEn"].
// Hand-written because it is ten lines; a library would add a dependency for it.
function setIn<T>(obj: T, path: Array<string | number>, value: unknown): T {
  if (path.length === 0) return value as T;
  const [head, ...rest] = path;
  const copy = (Array.isArray(obj) ? [...obj] : { ...(obj as object) }) as Record<string | number, unknown>;
  copy[head!] = setIn(copy[head!], rest, value);
  return copy as T;
}

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
  const tc = useTranslations("Common");
  const locale = useLocale() as "th" | "en";
  const router = useRouter();
  const [values, setValues] = useState<Values>(initial);
  const [version, setVersion] = useState(initialVersion ?? 0);
  const [state, setState] = useState<Publication>(initialState ?? "DRAFT");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [status, setStatus] = useState<{ kind: "idle" | "saving" | "saved" | "error"; message?: string }>({ kind: "idle" });
  const [conflict, setConflict] = useState<Conflict | null>(null);

  const label = (o: { th: string; en: string }) => o[locale];
  const [savedValues, setSavedValues] = useState(initial);
  const [quoteChecks, setQuoteChecks] = useState(() => quoteCheckMap(initial, initialChecks));
  const quoteNotFound = (c: Values["citations"][number]) => {
    const sourceId = values.sources[c.source]?.sourceId;
    return sourceId != null && quoteChecks.get(`${sourceId}\u0000${c.quote.trim()}`) === false;
  };
  const dirty = values !== savedValues;

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
  useEffect(() => {
    if (!canEdit || offeredDraft) return;
    if (!dirty) return;
    const timer = window.setTimeout(() => writeDraft(draftStorageKey, { values, version, savedAt: new Date().toISOString() }), 400);
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
  const set = (path: Array<string | number>, value: unknown) => setValues((v) => setIn(v, path, value));
  const err = (path: string) => errors[path];

  // Removing a row must not leave citations pointing at the wrong one: a
  // citation of the removed row goes with it, later rows' citations move up.
  function removeRow(list: RowListName | "sources", index: number) {
    setValues((v) => {
      const next = { ...v, [list]: (v[list] as unknown[]).filter((_, j) => j !== index) } as Values;
      if (list === "sources") {
        next.citations = v.citations.filter((c) => c.source !== index).map((c) => (c.source > index ? { ...c, source: c.source - 1 } : c));
      } else {
        const fact = ROW_FACTS.find((f) => ROW_FACT_LISTS[f] === list);
        next.citations = v.citations.filter((c) => !(c.fact === fact && c.row === index)).map((c) => (c.fact === fact && c.row !== null && c.row > index ? { ...c, row: c.row - 1 } : c));
      }
      if (list === "parties") next.signatories = v.signatories.map((s) => (s.party > index ? { ...s, party: s.party - 1 } : s));
      return next;
    });
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

  async function save(overVersion?: number) {
    const parsed = agreementInputSchema.safeParse(values);
    if (!parsed.success) {
      const found = fieldErrorsOf(parsed.error);
      setErrors(found);
      setStatus({ kind: "error", message: t("errors.fixFields") });
      focusFirstError();
      return;
    }
    setErrors({});
    setStatus({ kind: "saving" });
    const response = mode === "create" ? await send("/api/editor/agreements", "POST", { input: parsed.data }) : await send(`/api/editor/agreements/${id}`, "PUT", { version: overVersion ?? version, input: parsed.data });
    if (!response) return;
    if (!response.ok) return handleFailure(response);
    const saved = (await response.json()) as { id: number; version: number; input: Values; quoteChecks: Array<boolean | null> };
    setConflict(null);
    if (mode === "create") {
      clearDraft(draftStorageKey);
      setSavedValues(values);
      router.push(`/${locale}/editor/agreements/${saved.id}?created=1`);
      return;
    }
    clearDraft(draftStorageKey);
    setSavedValues(saved.input);
    setValues(saved.input);
    setQuoteChecks(quoteCheckMap(saved.input, saved.quoteChecks));
    setVersion(saved.version);
    setStatus({ kind: "saved", message: t("saved", { version: saved.version }) });
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
  const partyLabels = values.parties.map((p, i) => {
    const org = p.organizationId ? options.organizations.find((o) => o.id === p.organizationId) : null;
    return org ? label(org) : p.newOrganization?.[locale === "th" ? "nameTh" : "nameEn"] || t("partyN", { n: i + 1 });
  });
  const uncited = uncitedFacts(values);
  const recheck = changedCitedFacts(savedValues, values);
  const uncitedLabel = (f: { fact: string; row: number | null }) => `${t(`facts.${f.fact}`)}${f.row === null ? "" : ` ${f.row + 1}`}`;
  const sourceLabels = values.sources.map((s, i) => (s.sourceId ? (options.sources.find((o) => o.id === s.sourceId)?.title ?? "") : s.newSource?.title) || t("sourceN", { n: i + 1 }));

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t(mode === "create" ? "newTitle" : "editTitle")} className="flex flex-col gap-6">
      <div aria-live="polite" role="status" data-testid="editor-status" className={status.kind === "error" ? "rounded border border-red-700 bg-red-50 p-3 text-sm font-semibold text-red-900" : status.kind === "saved" ? "rounded border border-green-700 bg-green-50 p-3 text-sm text-green-900" : "sr-only"}>
        {status.kind === "saving" ? t("saving") : status.message}
      </div>

      {offeredDraft ? (
        <section className="rounded border border-amber-700 bg-amber-50 p-4" data-testid="local-draft" aria-labelledby="local-draft-title">
          <h2 id="local-draft-title" className="text-lg font-semibold">
            {t("draft.title")}
          </h2>
          <p className="text-sm">
            {t("draft.explain", { when: new Date(offeredDraft.savedAt).toLocaleString(locale === "th" ? "th-TH-u-ca-buddhist" : "en-GB", { dateStyle: "medium", timeStyle: "short" }) })}
            {mode === "edit" && offeredDraft.version !== version ? ` ${t("draft.newerVersion", { version })}` : ""}
          </p>
          <div className="mt-3 flex flex-wrap gap-3">
            <button
              type="button"
              onClick={() => {
                setValues(offeredDraft.values);
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

      <fieldset disabled={!canEdit} className="flex flex-col gap-6">
        {!canEdit ? <p className="rounded border border-line bg-brand-soft p-3 text-sm">{t("readOnly")}</p> : null}

        <fieldset className="grid gap-4 rounded border border-line bg-paper p-4 sm:grid-cols-2">
          <legend className="px-1 text-base font-semibold">{t("sections.identity")}</legend>
          <TextField {...field("titleTh")} label={t("fields.titleTh")} required lang="th" />
          <TextField {...field("titleEn")} label={t("fields.titleEn")} required lang="en" />
          <TextField {...field("titleJa")} label={t("fields.titleJa")} lang="ja" />
          <TextField {...field("slug")} label={t("fields.slug")} required hint={t("hints.slug")} />
          <SelectField {...field("kind")} label={t("fields.kind")} options={enumOptions(AGREEMENT_KINDS, "kind")} />
          <SelectField
            path="legalNature"
            error={err("legalNature")}
            label={t("fields.legalNature")}
            value={values.legalNature ?? ""}
            onChange={(v) => set(["legalNature"], v === "" ? null : v)}
            options={[{ value: "", label: t("notStated") }, ...enumOptions(LEGAL_NATURES, "legalNature")]}
          />
          <SelectField {...field("originalLanguage")} label={t("fields.originalLanguage")} options={enumOptions(LANGUAGES, "language")} />
          <SelectField {...field("visibility")} label={t("fields.visibility")} options={enumOptions(VISIBILITIES, "visibility")} hint={t("hints.visibility")} />
        </fieldset>

        <fieldset className="grid gap-4 rounded border border-line bg-paper p-4">
          <legend className="px-1 text-base font-semibold">{t("sections.summary")}</legend>
          <TextField {...field("summaryTh")} label={t("fields.summaryTh")} multiline lang="th" />
          <TextField {...field("summaryEn")} label={t("fields.summaryEn")} multiline lang="en" />
          <TextField {...field("summaryJa")} label={t("fields.summaryJa")} multiline lang="ja" />
        </fieldset>

        <fieldset className="grid gap-4 rounded border border-line bg-paper p-4 sm:grid-cols-2">
          <legend className="px-1 text-base font-semibold">{t("sections.dates")}</legend>
          {(["cabinetApprovalOn", "signedOn", "effectiveOn", "expiresOn"] as const).map((name) => (
            <TextField key={name} {...field(name)} label={t(`fields.${name}`)} placeholder="YYYY-MM-DD / YYYY-MM / YYYY" hint={datePreview(values[name])} maxLength={13} />
          ))}
          <TextField path="termMonths" error={err("termMonths")} label={t("fields.termMonths")} type="number" value={values.termMonths} onChange={(v) => set(["termMonths"], v === "" ? "" : Number(v))} hint={t("hints.months")} />
          <TextField
            path="terminationNoticeMonths"
            error={err("terminationNoticeMonths")}
            label={t("fields.terminationNoticeMonths")}
            type="number"
            value={values.terminationNoticeMonths}
            onChange={(v) => set(["terminationNoticeMonths"], v === "" ? "" : Number(v))}
            hint={t("hints.months")}
          />
          <SelectField {...field("automaticRenewal")} label={t("fields.automaticRenewal")} options={enumOptions(RENEWAL_CHOICES, "renewal")} />
        </fieldset>

        <RowList title={t("sections.parties")} addLabel={t("add.party")} empty={t("none")} testId="parties" onAdd={() => set(["parties"], [...values.parties, { organizationId: null, newOrganization: null }])}>
          {values.parties.map((p, i) => (
            <Row key={i} label={t("partyN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("parties", i)}>
              <SelectField
                path={`parties.${i}.organizationId`}
                error={err(`parties.${i}.organizationId`)}
                label={t("fields.organization")}
                value={p.newOrganization ? "new" : String(p.organizationId ?? "")}
                onChange={(v) =>
                  set(["parties", i], v === "new" ? { organizationId: null, newOrganization: { nameTh: "", nameEn: "", abbreviation: "", countryCode: "" } } : { organizationId: v ? Number(v) : null, newOrganization: null })
                }
                options={[{ value: "", label: t("choose") }, ...options.organizations.map((o) => ({ value: String(o.id), label: label(o) })), { value: "new", label: t("newOrganization") }]}
              />
              {p.newOrganization ? (
                <>
                  <TextField path={`parties.${i}.newOrganization.nameTh`} error={err(`parties.${i}.newOrganization.nameTh`)} label={t("fields.nameTh")} required lang="th" value={p.newOrganization.nameTh} onChange={(v) => set(["parties", i, "newOrganization", "nameTh"], v)} />
                  <TextField path={`parties.${i}.newOrganization.nameEn`} error={err(`parties.${i}.newOrganization.nameEn`)} label={t("fields.nameEn")} required lang="en" value={p.newOrganization.nameEn} onChange={(v) => set(["parties", i, "newOrganization", "nameEn"], v)} />
                  <TextField path={`parties.${i}.newOrganization.abbreviation`} error={err(`parties.${i}.newOrganization.abbreviation`)} label={t("fields.abbreviation")} value={p.newOrganization.abbreviation} onChange={(v) => set(["parties", i, "newOrganization", "abbreviation"], v)} />
                  <TextField path={`parties.${i}.newOrganization.countryCode`} error={err(`parties.${i}.newOrganization.countryCode`)} label={t("fields.countryCode")} required hint={t("hints.countryCode")} maxLength={2} value={p.newOrganization.countryCode} onChange={(v) => set(["parties", i, "newOrganization", "countryCode"], v)} />
                </>
              ) : null}
            </Row>
          ))}
        </RowList>

        <RowList
          title={t("sections.signatories")}
          addLabel={t("add.signatory")}
          empty={t("none")}
          testId="signatories"
          onAdd={() => set(["signatories"], [...values.signatories, { nameTh: "", nameEn: "", positionTh: "", positionEn: "", party: 0, role: "SIGNATORY", planned: false }])}
        >
          {values.signatories.map((s, i) => {
            const p = (name: string) => `signatories.${i}.${name}`;
            return (
              <Row key={i} label={t("signatoryN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("signatories", i)}>
                <TextField path={p("nameTh")} error={err(p("nameTh"))} label={t("fields.personTh")} lang="th" value={s.nameTh} onChange={(v) => set(["signatories", i, "nameTh"], v)} />
                <TextField path={p("nameEn")} error={err(p("nameEn"))} label={t("fields.personEn")} lang="en" value={s.nameEn} onChange={(v) => set(["signatories", i, "nameEn"], v)} />
                <TextField path={p("positionTh")} error={err(p("positionTh"))} label={t("fields.positionTh")} lang="th" value={s.positionTh} onChange={(v) => set(["signatories", i, "positionTh"], v)} />
                <TextField path={p("positionEn")} error={err(p("positionEn"))} label={t("fields.positionEn")} lang="en" value={s.positionEn} onChange={(v) => set(["signatories", i, "positionEn"], v)} />
                <SelectField path={p("party")} error={err(p("party"))} label={t("fields.actsFor")} value={String(s.party)} onChange={(v) => set(["signatories", i, "party"], Number(v))} options={partyLabels.length ? partyLabels.map((l, j) => ({ value: String(j), label: l })) : [{ value: "0", label: t("addPartyFirst") }]} />
                <SelectField path={p("role")} error={err(p("role"))} label={t("fields.role")} value={s.role} onChange={(v) => set(["signatories", i, "role"], v)} options={enumOptions(SIGNATORY_ROLES, "role")} />
                <CheckboxField path={p("planned")} label={t("fields.planned")} checked={s.planned} onChange={(v) => set(["signatories", i, "planned"], v)} />
              </Row>
            );
          })}
        </RowList>

        <RowList title={t("sections.scopeAreas")} addLabel={t("add.scopeArea")} empty={t("none")} testId="scope-areas" onAdd={() => set(["scopeAreas"], [...values.scopeAreas, { scopeAreaId: null, newScopeArea: null }])}>
          {values.scopeAreas.map((s, i) => (
            <Row key={i} label={t("scopeAreaN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("scopeAreas", i)}>
              <SelectField
                path={`scopeAreas.${i}.scopeAreaId`}
                error={err(`scopeAreas.${i}.scopeAreaId`)}
                label={t("fields.scopeArea")}
                value={s.newScopeArea ? "new" : String(s.scopeAreaId ?? "")}
                onChange={(v) => set(["scopeAreas", i], v === "new" ? { scopeAreaId: null, newScopeArea: { labelTh: "", labelEn: "" } } : { scopeAreaId: v ? Number(v) : null, newScopeArea: null })}
                options={[{ value: "", label: t("choose") }, ...options.scopeAreas.map((o) => ({ value: String(o.id), label: label(o) })), { value: "new", label: t("newScopeArea") }]}
              />
              {s.newScopeArea ? (
                <>
                  <TextField path={`scopeAreas.${i}.newScopeArea.labelTh`} error={err(`scopeAreas.${i}.newScopeArea.labelTh`)} label={t("fields.labelTh")} required lang="th" value={s.newScopeArea.labelTh} onChange={(v) => set(["scopeAreas", i, "newScopeArea", "labelTh"], v)} />
                  <TextField path={`scopeAreas.${i}.newScopeArea.labelEn`} error={err(`scopeAreas.${i}.newScopeArea.labelEn`)} label={t("fields.labelEn")} required lang="en" value={s.newScopeArea.labelEn} onChange={(v) => set(["scopeAreas", i, "newScopeArea", "labelEn"], v)} />
                </>
              ) : null}
            </Row>
          ))}
        </RowList>

        <RowList title={t("sections.events")} addLabel={t("add.event")} empty={t("none")} testId="events" onAdd={() => set(["events"], [...values.events, { type: "SIGNING", date: "", descriptionTh: "", descriptionEn: "" }])}>
          {values.events.map((e, i) => {
            const p = (name: string) => `events.${i}.${name}`;
            return (
              <Row key={i} label={t("eventN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("events", i)}>
                <SelectField path={p("type")} error={err(p("type"))} label={t("fields.eventType")} value={e.type} onChange={(v) => set(["events", i, "type"], v)} options={enumOptions(EVENT_TYPES, "eventType")} />
                <TextField path={p("date")} error={err(p("date"))} label={t("fields.eventDate")} placeholder="YYYY-MM-DD / YYYY-MM / YYYY" hint={datePreview(e.date)} maxLength={13} value={e.date} onChange={(v) => set(["events", i, "date"], v)} />
                <TextField path={p("descriptionTh")} error={err(p("descriptionTh"))} label={t("fields.descriptionTh")} required multiline lang="th" value={e.descriptionTh} onChange={(v) => set(["events", i, "descriptionTh"], v)} />
                <TextField path={p("descriptionEn")} error={err(p("descriptionEn"))} label={t("fields.descriptionEn")} required multiline lang="en" value={e.descriptionEn} onChange={(v) => set(["events", i, "descriptionEn"], v)} />
              </Row>
            );
          })}
        </RowList>

        <RowList title={t("sections.relations")} addLabel={t("add.relation")} empty={t("none")} testId="relations" onAdd={() => set(["relations"], [...values.relations, { agreementId: 0, type: "RELATED", noteTh: "", noteEn: "" }])}>
          {values.relations.map((r, i) => {
            const p = (name: string) => `relations.${i}.${name}`;
            return (
              <Row key={i} label={t("relationN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("relations", i)}>
                <SelectField
                  path={p("agreementId")}
                  error={err(p("agreementId"))}
                  label={t("fields.relatedAgreement")}
                  value={String(r.agreementId || "")}
                  onChange={(v) => set(["relations", i, "agreementId"], Number(v))}
                  options={[{ value: "", label: t("choose") }, ...options.agreements.filter((a) => a.id !== id).map((a) => ({ value: String(a.id), label: label(a) }))]}
                />
                <SelectField path={p("type")} error={err(p("type"))} label={t("fields.relationType")} value={r.type} onChange={(v) => set(["relations", i, "type"], v)} options={enumOptions(RELATION_TYPES, "relationType")} />
                <TextField path={p("noteTh")} error={err(p("noteTh"))} label={t("fields.noteTh")} lang="th" value={r.noteTh} onChange={(v) => set(["relations", i, "noteTh"], v)} />
                <TextField path={p("noteEn")} error={err(p("noteEn"))} label={t("fields.noteEn")} lang="en" value={r.noteEn} onChange={(v) => set(["relations", i, "noteEn"], v)} />
              </Row>
            );
          })}
        </RowList>

        <RowList title={t("sections.sources")} addLabel={t("add.source")} empty={t("none")} testId="sources" onAdd={() => set(["sources"], [...values.sources, { sourceId: null, newSource: null }])}>
          {values.sources.map((s, i) => {
            const p = (name: string) => `sources.${i}.newSource.${name}`;
            return (
              <Row key={i} label={t("sourceN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("sources", i)}>
                <SelectField
                  path={`sources.${i}.sourceId`}
                  error={err(`sources.${i}.sourceId`)}
                  label={t("fields.source")}
                  value={s.newSource ? "new" : String(s.sourceId ?? "")}
                  onChange={(v) => set(["sources", i], v === "new" ? { sourceId: null, newSource: { title: "", url: "", publisher: "", language: "th", publishedOn: "" } } : { sourceId: v ? Number(v) : null, newSource: null })}
                  options={[{ value: "", label: t("choose") }, ...options.sources.map((o) => ({ value: String(o.id), label: o.title })), { value: "new", label: t("newSource") }]}
                />
                {s.newSource ? (
                  <>
                    <TextField path={p("title")} error={err(p("title"))} label={t("fields.sourceTitle")} required value={s.newSource.title} onChange={(v) => set(["sources", i, "newSource", "title"], v)} />
                    <TextField path={p("url")} error={err(p("url"))} label={t("fields.url")} type="url" hint={t("hints.url")} value={s.newSource.url} onChange={(v) => set(["sources", i, "newSource", "url"], v)} />
                    <TextField path={p("publisher")} error={err(p("publisher"))} label={t("fields.publisher")} value={s.newSource.publisher} onChange={(v) => set(["sources", i, "newSource", "publisher"], v)} />
                    <SelectField path={p("language")} error={err(p("language"))} label={t("fields.sourceLanguage")} value={s.newSource.language} onChange={(v) => set(["sources", i, "newSource", "language"], v)} options={enumOptions(LANGUAGES, "language")} />
                    <TextField path={p("publishedOn")} error={err(p("publishedOn"))} label={t("fields.publishedOn")} placeholder="YYYY-MM-DD / YYYY-MM / YYYY" hint={datePreview(s.newSource.publishedOn)} maxLength={13} value={s.newSource.publishedOn} onChange={(v) => set(["sources", i, "newSource", "publishedOn"], v)} />
                  </>
                ) : null}
              </Row>
            );
          })}
        </RowList>

        <RowList
          title={t("sections.citations")}
          addLabel={t("add.citation")}
          empty={t("noCitations")}
          testId="citations"
          onAdd={() => set(["citations"], [...values.citations, { source: 0, fact: "title", row: null, quote: "", quoteEn: "", quoteTh: "", contradicts: false, noteTh: "", noteEn: "" }])}
        >
          {values.citations.map((c, i) => {
            const p = (name: string) => `citations.${i}.${name}`;
            const isRowFact = (ROW_FACTS as readonly string[]).includes(c.fact);
            return (
              <Row key={i} label={t("citationN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => set(["citations"], values.citations.filter((_, j) => j !== i))}>
                <SelectField path={p("source")} error={err(p("source"))} label={t("fields.citedSource")} value={String(c.source)} onChange={(v) => set(["citations", i, "source"], Number(v))} options={sourceLabels.length ? sourceLabels.map((l, j) => ({ value: String(j), label: l })) : [{ value: "0", label: t("addSourceFirst") }]} />
                <SelectField
                  path={p("fact")}
                  error={err(p("fact"))}
                  label={t("fields.fact")}
                  value={c.fact}
                  onChange={(v) => set(["citations", i], { ...c, fact: v, row: (ROW_FACTS as readonly string[]).includes(v) ? 0 : null })}
                  options={FACTS.map((f) => ({ value: f, label: t(`facts.${f}`) }))}
                />
                {isRowFact ? (
                  <SelectField
                    path={p("row")}
                    error={err(p("row"))}
                    label={t("fields.row")}
                    value={String(c.row ?? 0)}
                    onChange={(v) => set(["citations", i, "row"], Number(v))}
                    options={Array.from({ length: Math.max(values[ROW_FACT_LISTS[c.fact as RowFact]].length, 1) }, (_, j) => ({ value: String(j), label: `${t(`facts.${c.fact}`)} ${j + 1}` }))}
                  />
                ) : null}
                <div className="sm:col-span-2">
                  <TextField path={p("quote")} error={err(p("quote"))} label={t("fields.quote")} required multiline hint={t("hints.quote")} value={c.quote} onChange={(v) => set(["citations", i, "quote"], v)} />
                  {quoteNotFound(c) ? (
                    <p className="mt-1 rounded border border-red-800 bg-red-50 px-2 py-1 text-sm text-red-900" data-testid="quote-not-found">
                      {t("sources.quoteNotFoundInForm")}
                    </p>
                  ) : null}
                </div>
                <TextField path={p("quoteEn")} error={err(p("quoteEn"))} label={t("fields.quoteEn")} multiline lang="en" value={c.quoteEn} onChange={(v) => set(["citations", i, "quoteEn"], v)} />
                <TextField path={p("quoteTh")} error={err(p("quoteTh"))} label={t("fields.quoteTh")} multiline lang="th" value={c.quoteTh} onChange={(v) => set(["citations", i, "quoteTh"], v)} />
                <div className="sm:col-span-2">
                  <CheckboxField path={p("contradicts")} label={t("fields.contradicts")} checked={c.contradicts} onChange={(v) => set(["citations", i, "contradicts"], v)} />
                </div>
                <TextField path={p("noteTh")} error={err(p("noteTh"))} label={t("fields.citationNoteTh")} lang="th" value={c.noteTh} onChange={(v) => set(["citations", i, "noteTh"], v)} />
                <TextField path={p("noteEn")} error={err(p("noteEn"))} label={t("fields.citationNoteEn")} lang="en" value={c.noteEn} onChange={(v) => set(["citations", i, "noteEn"], v)} />
              </Row>
            );
          })}
        </RowList>

        <fieldset className="rounded border border-line bg-paper p-4">
          <legend className="px-1 text-base font-semibold">{t("sections.internal")}</legend>
          <TextField {...field("internalNote")} label={t("fields.internalNote")} multiline hint={t("hints.internalNote")} />
        </fieldset>

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
          <div className="sticky bottom-0 flex gap-3 border-t border-line bg-wash py-3">
            <button type="submit" disabled={status.kind === "saving"} aria-keyshortcuts="Control+S" className="rounded bg-brand px-4 py-2 font-semibold text-paper hover:bg-brand/90 disabled:opacity-60">
              {status.kind === "saving" ? t("saving") : mode === "create" ? t("createDraft") : t("save")}
            </button>
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
