"use client";
// The sections of the record form, one component each. They read the form's
// state and helpers from EditorFormContext (components/editor/form-context.tsx),
// which AgreementEditor provides: the sections only lay fields out.
import { useEffect, useRef } from "react";
import { CheckboxField, fieldId, Row, RowList, SelectField, TextField } from "@/components/editor/fields";
import { useEditorForm } from "@/components/editor/form-context";
import { ArchivePicker } from "@/components/editor/archive-picker";
import { AGREEMENT_KINDS } from "@/lib/agreements/filters";
import type { FactName } from "@/lib/editor/facts";
import { slugify } from "@/lib/editor/slug";
import { EVENT_TYPES, LANGUAGES, LEGAL_NATURES, RELATION_TYPES, RENEWAL_CHOICES, SIGNATORY_ROLES, VISIBILITIES } from "@/lib/editor/schema";

/** The record itself: titles, identity and summaries. */
export function RecordSection() {
  const { values, set, err, field, t, enumOptions, recordId } = useEditorForm();
  // A new record's address follows its English title until the editor types one.
  const titleEn = field("titleEn");
  const onTitleEn = (v: string) => {
    titleEn.onChange(v);
    if (recordId === undefined && (values.slug === "" || values.slug === slugify(values.titleEn))) set(["slug"], v.trim() ? slugify(v) : "");
  };
  return (
    <>
      <fieldset className="grid gap-4 rounded border border-line bg-paper p-4 sm:grid-cols-2">
        <legend className="px-1 text-base font-semibold">{t("sections.identity")}</legend>
        <TextField {...field("titleTh")} label={t("fields.titleTh")} required lang="th" />
        <TextField {...titleEn} onChange={onTitleEn} label={t("fields.titleEn")} required lang="en" />
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
    </>
  );
}

/** Dates and term, typed with their precision (or as a limit). */
export function DatesSection() {
  const { values, set, err, field, t, enumOptions, datePreview } = useEditorForm();
  return (
    <>
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
        <TextField {...field("signedAtTh")} label={t("fields.signedAtTh")} lang="th" hint={t("hints.signedAt")} />
        <TextField {...field("signedAtEn")} label={t("fields.signedAtEn")} lang="en" />
        <TextField {...field("signedAtJa")} label={t("fields.signedAtJa")} lang="ja" />
      </fieldset>
    </>
  );
}

/** Parties, and the signatories and other people acting for them. */
export function PartiesSection() {
  const { values, set, err, removeRow, t, option, options, enumOptions, partyLabels } = useEditorForm();
  return (
    <>
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
              options={[{ value: "", label: t("choose") }, ...options.organizations.map((o) => option(o.id, o)), { value: "new", label: t("newOrganization") }]}
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
        onAdd={() => set(["signatories"], [...values.signatories, { nameTh: "", nameEn: "", nameJa: "", positionTh: "", positionEn: "", party: Math.min(values.signatories.length, Math.max(values.parties.length - 1, 0)), role: "SIGNATORY", planned: false }])}
      >
        {values.signatories.map((s, i) => {
          const p = (name: string) => `signatories.${i}.${name}`;
          return (
            <Row key={i} label={t("signatoryN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("signatories", i)}>
              <TextField path={p("nameTh")} error={err(p("nameTh"))} label={t("fields.personTh")} lang="th" value={s.nameTh} onChange={(v) => set(["signatories", i, "nameTh"], v)} />
              <TextField path={p("nameEn")} error={err(p("nameEn"))} label={t("fields.personEn")} lang="en" value={s.nameEn} onChange={(v) => set(["signatories", i, "nameEn"], v)} />
              <TextField path={p("nameJa")} error={err(p("nameJa"))} label={t("fields.personJa")} lang="ja" value={s.nameJa ?? ""} onChange={(v) => set(["signatories", i, "nameJa"], v)} />
              <TextField path={p("positionTh")} error={err(p("positionTh"))} label={t("fields.positionTh")} lang="th" value={s.positionTh} onChange={(v) => set(["signatories", i, "positionTh"], v)} />
              <TextField path={p("positionEn")} error={err(p("positionEn"))} label={t("fields.positionEn")} lang="en" value={s.positionEn} onChange={(v) => set(["signatories", i, "positionEn"], v)} />
              <TextField path={p("positionJa")} error={err(p("positionJa"))} label={t("fields.positionJa")} lang="ja" value={s.positionJa ?? ""} onChange={(v) => set(["signatories", i, "positionJa"], v)} />
              <SelectField path={p("party")} error={err(p("party"))} label={t("fields.actsFor")} value={String(s.party)} onChange={(v) => set(["signatories", i, "party"], Number(v))} options={partyLabels.length ? partyLabels.map((l, j) => ({ value: String(j), ...l })) : [{ value: "0", label: t("addPartyFirst") }]} />
              <SelectField path={p("role")} error={err(p("role"))} label={t("fields.role")} value={s.role} onChange={(v) => set(["signatories", i, "role"], v)} options={enumOptions(SIGNATORY_ROLES, "role")} />
              <CheckboxField path={p("planned")} label={t("fields.planned")} checked={s.planned} onChange={(v) => set(["signatories", i, "planned"], v)} />
            </Row>
          );
        })}
      </RowList>
    </>
  );
}

/** Scope areas: picked, or created with both labels. */
export function ScopeAreasSection() {
  const { values, set, err, removeRow, t, option, options } = useEditorForm();
  // The registry's areas are ticked (one click each, no duplicates); an area
  // it does not have yet is a row of its own with its labels.
  const tickedIndex = (id: number) => values.scopeAreas.findIndex((s) => s.scopeAreaId === id && !s.newScopeArea);
  const rows = values.scopeAreas.map((s, i) => ({ s, i })).filter(({ s }) => s.scopeAreaId === null || s.newScopeArea);
  const choices = options.scopeAreas.map((o) => ({ id: o.id, ...option(o.id, o) })).sort((a, b) => a.label.localeCompare(b.label));
  return (
    <>
      <RowList
        title={t("sections.scopeAreas")}
        addLabel={t("add.newScopeArea")}
        empty={t("none")}
        testId="scope-areas"
        onAdd={() => set(["scopeAreas"], [...values.scopeAreas, { scopeAreaId: null, newScopeArea: { labelTh: "", labelEn: "", labelJa: "" } }])}
        before={
          <ul className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-2 lg:grid-cols-3" aria-label={t("fields.scopeArea")}>
            {choices.map((o) => {
              const index = tickedIndex(o.id);
              return (
                <li key={o.id}>
                  <label className="flex items-start gap-2 text-sm">
                    <input
                      type="checkbox"
                      id={`f-scopeAreas-area-${o.id}`}
                      className="mt-1"
                      checked={index >= 0}
                      onChange={(e) => (e.target.checked ? set(["scopeAreas"], [...values.scopeAreas, { scopeAreaId: o.id, newScopeArea: null }]) : removeRow("scopeAreas", index))}
                    />
                    <span lang={o.lang}>{o.label}</span>
                  </label>
                </li>
              );
            })}
          </ul>
        }
      >
        {rows.map(({ s, i }) => (
          <Row key={i} label={t("scopeAreaN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("scopeAreas", i)}>
            <SelectField
              path={`scopeAreas.${i}.scopeAreaId`}
              error={err(`scopeAreas.${i}.scopeAreaId`)}
              label={t("fields.scopeArea")}
              value={s.newScopeArea ? "new" : String(s.scopeAreaId ?? "")}
              onChange={(v) => set(["scopeAreas", i], v === "new" ? { scopeAreaId: null, newScopeArea: { labelTh: "", labelEn: "" } } : { scopeAreaId: v ? Number(v) : null, newScopeArea: null })}
              options={[{ value: "", label: t("choose") }, ...choices.map(({ value, label, lang }) => ({ value, label, lang })), { value: "new", label: t("newScopeArea") }]}
            />
            {s.newScopeArea ? (
              <>
                <TextField path={`scopeAreas.${i}.newScopeArea.labelTh`} error={err(`scopeAreas.${i}.newScopeArea.labelTh`)} label={t("fields.labelTh")} required lang="th" value={s.newScopeArea.labelTh} onChange={(v) => set(["scopeAreas", i, "newScopeArea", "labelTh"], v)} />
                <TextField path={`scopeAreas.${i}.newScopeArea.labelEn`} error={err(`scopeAreas.${i}.newScopeArea.labelEn`)} label={t("fields.labelEn")} required lang="en" value={s.newScopeArea.labelEn} onChange={(v) => set(["scopeAreas", i, "newScopeArea", "labelEn"], v)} />
                <TextField path={`scopeAreas.${i}.newScopeArea.labelJa`} error={err(`scopeAreas.${i}.newScopeArea.labelJa`)} label={t("fields.labelJa")} lang="ja" value={s.newScopeArea.labelJa ?? ""} onChange={(v) => set(["scopeAreas", i, "newScopeArea", "labelJa"], v)} />
              </>
            ) : null}
          </Row>
        ))}
      </RowList>
    </>
  );
}

/** Events of the instrument's life, dated as precisely as the sources allow. */
export function EventsSection() {
  const { values, set, err, removeRow, t, enumOptions, datePreview } = useEditorForm();
  return (
    <>
      <RowList title={t("sections.events")} addLabel={t("add.event")} empty={t("none")} testId="events" onAdd={() => set(["events"], [...values.events, { type: "SIGNING", date: "", descriptionTh: "", descriptionEn: "" }])}>
        {values.events.map((e, i) => {
          const p = (name: string) => `events.${i}.${name}`;
          return (
            <Row key={i} label={t("eventN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => removeRow("events", i)}>
              <SelectField path={p("type")} error={err(p("type"))} label={t("fields.eventType")} value={e.type} onChange={(v) => set(["events", i, "type"], v)} options={enumOptions(EVENT_TYPES, "eventType")} />
              <TextField path={p("date")} error={err(p("date"))} label={t("fields.eventDate")} placeholder="YYYY-MM-DD / YYYY-MM / YYYY" hint={datePreview(e.date)} maxLength={13} value={e.date} onChange={(v) => set(["events", i, "date"], v)} />
              <TextField path={p("descriptionTh")} error={err(p("descriptionTh"))} label={t("fields.descriptionTh")} required multiline lang="th" value={e.descriptionTh} onChange={(v) => set(["events", i, "descriptionTh"], v)} />
              <TextField path={p("descriptionEn")} error={err(p("descriptionEn"))} label={t("fields.descriptionEn")} required multiline lang="en" value={e.descriptionEn} onChange={(v) => set(["events", i, "descriptionEn"], v)} />
              <TextField path={p("descriptionJa")} error={err(p("descriptionJa"))} label={t("fields.descriptionJa")} multiline lang="ja" value={e.descriptionJa ?? ""} onChange={(v) => set(["events", i, "descriptionJa"], v)} />
            </Row>
          );
        })}
      </RowList>
    </>
  );
}

/** Related records. */
export function RelationsSection() {
  const { values, set, err, removeRow, t, option, options, enumOptions, recordId } = useEditorForm();
  return (
    <>
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
                options={[{ value: "", label: t("choose") }, ...options.agreements.filter((a) => a.id !== recordId).map((a) => option(a.id, a))]}
              />
              <SelectField path={p("type")} error={err(p("type"))} label={t("fields.relationType")} value={r.type} onChange={(v) => set(["relations", i, "type"], v)} options={enumOptions(RELATION_TYPES, "relationType")} />
              <TextField path={p("noteTh")} error={err(p("noteTh"))} label={t("fields.noteTh")} lang="th" value={r.noteTh} onChange={(v) => set(["relations", i, "noteTh"], v)} />
              <TextField path={p("noteEn")} error={err(p("noteEn"))} label={t("fields.noteEn")} lang="en" value={r.noteEn} onChange={(v) => set(["relations", i, "noteEn"], v)} />
              <TextField path={p("noteJa")} error={err(p("noteJa"))} label={t("fields.noteJa")} lang="ja" value={r.noteJa ?? ""} onChange={(v) => set(["relations", i, "noteJa"], v)} />
            </Row>
          );
        })}
      </RowList>
    </>
  );
}

/** Sources, and their passages, each entered once with the facts it backs. */
export function SourcesSection() {
  const { values, set, err, removeRow, t, options, enumOptions, datePreview, quoteNotFound, sourceLabels, factChoices, factLabel, suggestFor, errorText } = useEditorForm();
  const emptyPassage = () => ({ source: 0, quote: "", quoteEn: "", quoteTh: "", quoteJa: "", contradicts: false, noteTh: "", noteEn: "", noteJa: "", facts: [] });
  // The empty passage slot after the last passage: what is typed or pasted
  // into it becomes a new passage of the source the last one quoted (or the
  // newest source), and the caret follows into that passage's quote, so a
  // passage costs one paste instead of a click and a paste (issue 27).
  const startedPassage = useRef<number | null>(null);
  useEffect(() => {
    const n = startedPassage.current;
    if (n === null || values.citations.length <= n) return;
    startedPassage.current = null;
    const quote = document.getElementById(fieldId(`citations.${n}.quote`)) as HTMLTextAreaElement | null;
    quote?.focus();
    quote?.setSelectionRange(quote.value.length, quote.value.length);
  }, [values.citations.length]);
  const nextSource = values.citations.at(-1)?.source ?? Math.max(0, values.sources.length - 1);
  const startPassage = (text: string) => {
    if (text === "") return;
    startedPassage.current = values.citations.length;
    set(["citations"], [...values.citations, { ...emptyPassage(), source: nextSource, quote: text }]);
  };
  return (
    <>
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
                options={[{ value: "", label: t("choose") }, ...options.sources.map((o) => ({ value: String(o.id), label: o.title, lang: o.language })), { value: "new", label: t("newSource") }]}
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
              {s.sourceId !== null && options.sources.find((o) => o.id === s.sourceId)?.archived ? <ArchivePicker sourceIndex={i} sourceId={s.sourceId} lang={options.sources.find((o) => o.id === s.sourceId)?.language} /> : null}
            </Row>
          );
        })}
      </RowList>

      <RowList
        title={t("sections.citations")}
        addLabel={t("add.citation")}
        empty={t("noCitations")}
        testId="citations"
        onAdd={() => set(["citations"], [...values.citations, emptyPassage()])}
        after={
          <div className="mt-4 rounded border border-dashed border-line p-3">
            <TextField path="citations.new" label={t("newPassage")} hint={t("hints.newPassage")} multiline lang={sourceLabels[nextSource]?.lang} value="" onChange={startPassage} />
          </div>
        }
      >
        {values.citations.map((c, i) => {
          const p = (name: string) => `citations.${i}.${name}`;
          const language = sourceLabels[c.source]?.lang;
          const ticked = (f: { fact: string; row: number | null }) => c.facts.some((x) => x.fact === f.fact && x.row === f.row);
          // Facts the record states, and any the passage backs that it no longer shows a value for.
          const choices = [...factChoices, ...c.facts.filter((f) => !factChoices.some((x) => x.fact === f.fact && x.row === f.row)).map((f) => ({ ...f, label: factLabel(f), lang: undefined }))];
          const suggested = suggestFor(c.quote).filter((f) => !ticked(f));
          const isSuggested = (f: { fact: string; row: number | null }) => suggested.some((x) => x.fact === f.fact && x.row === f.row);
          const toggle = (f: { fact: FactName; row: number | null }, on: boolean) =>
            set(["citations", i, "facts"], on ? [...c.facts, { fact: f.fact, row: f.row }] : c.facts.filter((x) => !(x.fact === f.fact && x.row === f.row)));
          return (
            <Row key={i} label={t("citationN", { n: i + 1 })} removeLabel={t("remove")} onRemove={() => set(["citations"], values.citations.filter((_, j) => j !== i))}>
              <SelectField path={p("source")} error={err(p("source"))} label={t("fields.citedSource")} value={String(c.source)} onChange={(v) => set(["citations", i, "source"], Number(v))} options={sourceLabels.length ? sourceLabels.map((l, j) => ({ value: String(j), ...l })) : [{ value: "0", label: t("addSourceFirst") }]} />
              <div className="sm:col-span-2">
                <TextField path={p("quote")} error={err(p("quote"))} label={t("fields.quote")} required multiline hint={t("hints.quote")} lang={language} value={c.quote} onChange={(v) => set(["citations", i, "quote"], v)} />
                {quoteNotFound(c) ? (
                  <p className="mt-1 rounded border border-red-800 bg-red-50 px-2 py-1 text-sm text-red-900" data-testid="quote-not-found">
                    {t("sources.quoteNotFoundInForm")}
                  </p>
                ) : null}
              </div>
              <fieldset className="sm:col-span-2" aria-describedby={`${fieldId(p("facts"))}-hint${err(p("facts")) ? ` ${fieldId(p("facts"))}-error` : ""}`} data-testid="passage-facts">
                <legend className="text-sm font-semibold">{t("fields.backs")}</legend>
                <p id={`${fieldId(p("facts"))}-hint`} className="text-xs text-muted">
                  {t("hints.backs")}
                </p>
                {choices.length === 0 ? <p className="text-sm text-muted">{t("noFactsToBack")}</p> : null}
                <ul className="mt-1 grid gap-x-4 gap-y-1 sm:grid-cols-2">
                  {choices.map((f) => (
                    <li key={`${f.fact}:${f.row ?? ""}`}>
                      <label className="flex items-start gap-2 text-sm">
                        <input type="checkbox" id={fieldId(`${p("facts")}.${f.fact}${f.row === null ? "" : `.${f.row}`}`)} className="mt-1" checked={ticked(f)} onChange={(e) => toggle(f, e.target.checked)} />
                        <span lang={f.lang}>{f.label}</span>
                        {isSuggested(f) ? <span className="ms-1 whitespace-nowrap rounded bg-amber-100 px-1 text-xs text-amber-900">{t("mentioned")}</span> : null}
                      </label>
                    </li>
                  ))}
                </ul>
                {suggested.length > 0 ? (
                  <button type="button" className="mt-2 rounded border border-brand px-2 py-1 text-sm font-semibold text-brand hover:bg-brand-soft" data-testid="tick-suggested" onClick={() => set(["citations", i, "facts"], [...c.facts, ...suggested])}>
                    {t("tickSuggested", { count: suggested.length })}
                  </button>
                ) : null}
                {err(p("facts")) ? (
                  <p id={`${fieldId(p("facts"))}-error`} className="text-sm font-semibold text-red-800" data-testid={`error-${p("facts")}`}>
                    {errorText(err(p("facts"))!)}
                  </p>
                ) : null}
              </fieldset>
              {/* A rendering is asked for in each language the passage is not in. */}
              {language !== "en" ? <TextField path={p("quoteEn")} error={err(p("quoteEn"))} label={t("fields.quoteEn")} multiline lang="en" value={c.quoteEn} onChange={(v) => set(["citations", i, "quoteEn"], v)} /> : null}
              {language !== "th" ? <TextField path={p("quoteTh")} error={err(p("quoteTh"))} label={t("fields.quoteTh")} multiline lang="th" value={c.quoteTh} onChange={(v) => set(["citations", i, "quoteTh"], v)} /> : null}
              {language !== "ja" ? <TextField path={p("quoteJa")} error={err(p("quoteJa"))} label={t("fields.quoteJa")} multiline lang="ja" value={c.quoteJa} onChange={(v) => set(["citations", i, "quoteJa"], v)} /> : null}
              <div className="sm:col-span-2">
                <CheckboxField path={p("contradicts")} label={t("fields.contradicts")} checked={c.contradicts} onChange={(v) => set(["citations", i, "contradicts"], v)} />
              </div>
              <TextField path={p("noteTh")} error={err(p("noteTh"))} label={t("fields.citationNoteTh")} lang="th" value={c.noteTh} onChange={(v) => set(["citations", i, "noteTh"], v)} />
              <TextField path={p("noteEn")} error={err(p("noteEn"))} label={t("fields.citationNoteEn")} lang="en" value={c.noteEn} onChange={(v) => set(["citations", i, "noteEn"], v)} />
              <TextField path={p("noteJa")} error={err(p("noteJa"))} label={t("fields.noteJa")} lang="ja" value={c.noteJa ?? ""} onChange={(v) => set(["citations", i, "noteJa"], v)} />
            </Row>
          );
        })}
      </RowList>
    </>
  );
}

/** Staff-only remarks. */
export function InternalSection() {
  const { field, t } = useEditorForm();
  return (
    <>
      <fieldset className="rounded border border-line bg-paper p-4">
        <legend className="px-1 text-base font-semibold">{t("sections.internal")}</legend>
        <TextField {...field("internalNote")} label={t("fields.internalNote")} multiline hint={t("hints.internalNote")} />
      </fieldset>
    </>
  );
}
