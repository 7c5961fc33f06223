// What changed between two states of a record, field by field, in words an
// editor reads at a glance. Used by the history page and by the conflict
// message of the form. Values are rendered as text, never as HTML.
import type { Locale } from "@/i18n/locales";
import { languageOfText, nameIn, pick } from "@/lib/i18n/pick";
import type { ReactNode } from "react";
import { useLocale, useTranslations } from "next-intl";
import { formatPartialDate } from "@/lib/dates/format";
import { parseFormDate } from "@/lib/dates/partial-date";
import type { Change } from "@/lib/editor/diff";
import type { EditorOptions } from "@/lib/editor/queries";


const DATE_FIELDS = new Set(["cabinetApprovalOn", "signedOn", "effectiveOn", "expiresOn"]);
const ENUM_FIELDS: Record<string, string> = { kind: "kind", legalNature: "legalNature", originalLanguage: "language", visibility: "visibility", automaticRenewal: "renewal", publicationState: "state" };

type Row = Record<string, unknown>;

/** `initial`: the record's first state, listed as values, with no "before". */
export function ChangeList({ changes, options, emptyText, initial = false }: { changes: Change[]; options: EditorOptions; emptyText: string; initial?: boolean }) {
  const t = useTranslations("Editor");
  const tc = useTranslations("Common");
  const locale = useLocale() as Locale;
  // A date as the form holds it ("2019-11", "<=2022-08-05"), in words; text that is no date stays as it is.
  const dateText = (value: string) => {
    const d = parseFormDate(value);
    if (!d) return value;
    const text = formatPartialDate(d, locale);
    const precision = d.precision === "DAY" ? "day" : d.precision === "MONTH" ? "month" : "year";
    return d.bound ? tc(d.bound === "ON_OR_BEFORE" ? "onOrBefore" : "onOrAfter", { precision, date: text }) : text;
  };
  const byId = <T extends { id: number }>(list: T[], id: unknown) => list.find((o) => o.id === id);

  // A row in the page's words (its kind, date, fact) followed by its content, whose language is its own.
  function rowText(field: string, row: Row): { prefix?: string; text: string } {
    // Revision rows are stored JSON, so each text is checked to be one before the registry's fallback order applies.
    const text = (value: unknown) => (typeof value === "string" ? value : null);
    const textIn = (th: unknown, en: unknown, ja?: unknown) => pick({ th: text(th), en: text(en), ja: text(ja) }, locale)?.text ?? "";
    switch (field) {
      case "parties": {
        const org = byId(options.organizations, row.organizationId);
        return { text: org ? nameIn(org, locale) : textIn((row.newOrganization as Row | null)?.nameTh, (row.newOrganization as Row | null)?.nameEn) };
      }
      case "signatories":
        return { text: [textIn(row.nameTh, row.nameEn), textIn(row.positionTh, row.positionEn, row.positionJa)].filter(Boolean).join(", ") || t("sideOnly") };
      case "scopeAreas": {
        const area = byId(options.scopeAreas, row.scopeAreaId);
        return { text: area ? nameIn(area, locale) : textIn((row.newScopeArea as Row | null)?.labelTh, (row.newScopeArea as Row | null)?.labelEn) };
      }
      case "events":
        return { prefix: `${t(`eventType.${String(row.type)}`)}${row.date ? ` (${dateText(String(row.date))})` : ""}: `, text: textIn(row.descriptionTh, row.descriptionEn, row.descriptionJa) };
      case "relations": {
        const other = byId(options.agreements, row.agreementId);
        return { prefix: `${t(`relationType.${String(row.type)}`)}: `, text: other ? nameIn(other, locale) : String(row.agreementId) };
      }
      case "sources": {
        const source = byId(options.sources, row.sourceId);
        return { text: source ? source.title : String((row.newSource as Row | null)?.title ?? "") };
      }
      case "citations": {
        // A passage names the facts it backs; a revision saved before passages, its one fact.
        const facts = Array.isArray(row.facts) ? (row.facts as Array<{ fact: unknown; row: unknown }>) : [{ fact: row.fact, row: row.row }];
        const named = facts.map((f) => `${t.has(`facts.${String(f.fact)}`) ? t(`facts.${String(f.fact)}`) : String(f.fact)}${f.row !== null && f.row !== undefined ? ` ${Number(f.row) + 1}` : ""}`);
        return { prefix: `${named.join(", ")}: `, text: `“${String(row.quote)}”` };
      }
      default:
        return { text: JSON.stringify(row) };
    }
  }

  // A field's value: labels in the page's language; texts in their own (the field's suffix, else their script).
  function valueText(field: string, value: unknown): ReactNode {
    if (value === null || value === undefined || value === "") return t("empty");
    if (Array.isArray(value)) {
      if (!value.length) return t("empty");
      return (
        <ul className="list-disc pl-5">
          {value.map((row, i) => {
            const { prefix, text } = rowText(field, row as Row);
            return (
              <li key={i}>
                {prefix}
                <span lang={languageOfText(text)}>{text}</span>
              </li>
            );
          })}
        </ul>
      );
    }
    if (DATE_FIELDS.has(field)) return dateText(String(value));
    if (ENUM_FIELDS[field]) return t(`${ENUM_FIELDS[field]}.${String(value)}`);
    if (field === "slug") return <code>{String(value)}</code>;
    const text = String(value);
    const suffix = /(Th|En|Ja)$/.exec(field)?.[1];
    return <span lang={suffix ? suffix.toLowerCase() : languageOfText(text)}>{text}</span>;
  }

  if (changes.length === 0) return <p className="text-sm text-muted">{emptyText}</p>;
  return (
    <dl className="mt-2 flex flex-col gap-2 text-sm" data-testid="change-list">
      {changes.map((c) => (
        <div key={c.field} className="rounded border border-line bg-paper p-2">
          <dt className="font-semibold">{t.has(`fields.${c.field}`) ? t(`fields.${c.field}`) : t.has(`sections.${c.field}`) ? t(`sections.${c.field}`) : c.field}</dt>
          {initial ? (
            <dd>{valueText(c.field, c.after)}</dd>
          ) : (
            <dd className="grid gap-1 sm:grid-cols-2">
              <div>
                <span className="text-xs uppercase text-muted">{t("before")}</span> {valueText(c.field, c.before)}
              </div>
              <div>
                <span className="text-xs uppercase text-muted">{t("after")}</span> {valueText(c.field, c.after)}
              </div>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
