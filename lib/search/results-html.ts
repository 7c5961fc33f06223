// The results part of a search page (count, downloads, cards with the
// passage each matched in, pagination) as HTML text, for search pages composed
// outside React (lib/search/compose-page.ts). A distinct search asked of
// Next cost ~45 ms of the server's CPU, ~35 ms of it Next's render of a page
// whose frame is the same for every query; composed, the frame is rendered
// once and only this part per query.
//
// Written as text, not React: Next does not let its server bundles import
// react-dom/server. The markup is that of the list page's own components
// (components/agreement-card.tsx, status-badge.tsx, localized-text.tsx,
// partial-date-text.tsx, pagination.tsx and app/[locale]/agreements/page.tsx):
// an e2e test (tests/e2e/search-composed.spec.ts) compares a composed page
// with Next's render of the same query and fails on any difference, so the
// two cannot drift apart unnoticed.
import { createTranslator } from "next-intl";
import type { Locale } from "@/i18n/routing";
import { timeZone } from "@/i18n/locales";
import { STATUS_STYLES } from "@/components/status-badge";
import { precisionWord } from "@/components/partial-date-text";
import { filtersToQuery, type ListFilters } from "@/lib/agreements/filters";
import type { AgreementSummary } from "@/lib/agreements/views";
import { formatIsoPartial } from "@/lib/dates/format";
import { pick, type Bilingual } from "@/lib/i18n/pick";
import type { Highlight } from "@/lib/search/highlight";
import { escapeHtml } from "@/lib/server/escape-html.mjs";
import th from "@/messages/th.json";
import en from "@/messages/en.json";
import ja from "@/messages/ja.json";

const MESSAGES = { th, en, ja } as const;


type Translator = ReturnType<typeof createTranslator<typeof en>>;
// One per language, made once: the same messages serve every search. A
// message without values is the same text every time, so it is formatted
// once: use-intl formats on every call, keying its cache by JSON.stringify of
// its arguments (~4 µs a call, ~170 calls a page of twenty cards: ~0.7 ms of
// a search's ~10 ms of the server's CPU). Only the call is used here, so the
// wrapper keeps the translator's typed keys and nothing else.
const translators = new Map<Locale, Translator>();
const translator = (locale: Locale): Translator => {
  let memo = translators.get(locale);
  if (!memo) {
    const t = createTranslator({ locale, messages: MESSAGES[locale] as typeof en, timeZone }) as unknown as (key: string, values?: Record<string, unknown>) => string;
    const plain = new Map<string, string>();
    memo = ((key: string, values?: Record<string, unknown>) => {
      if (values) return t(key, values);
      let text = plain.get(key);
      if (text === undefined) plain.set(key, (text = t(key)));
      return text;
    }) as unknown as Translator;
    translators.set(locale, memo);
  }
  return memo;
};

function localizedText(value: Bilingual | null | undefined, locale: Locale, t: Translator, name = false): string {
  const chosen = pick(value, locale);
  if (!chosen) return "";
  if (!chosen.fallback) return escapeHtml(chosen.text);
  if (name) return `<span lang="${chosen.lang}">${escapeHtml(chosen.text)}</span>`;
  const label = t(chosen.lang === "th" ? "Common.originalLabel" : "Common.translationLabel");
  return `<span lang="${chosen.lang}" data-testid="fallback-text"><span lang="${locale}" class="me-1 rounded bg-amber-50 px-1 text-xs font-semibold text-amber-900">${escapeHtml(label)}</span>${escapeHtml(chosen.text)}</span>`;
}

// A date's text, by language and date: formatting one (Intl, and the
// Japanese era) cost more than the rest of a card, and the cards of
// different searches show the same dates again and again. Cleared when full.
const dateTexts = new Map<string, string>();
const MAX_DATE_TEXTS = 5000;
function dateText(iso: string, locale: Locale): string {
  const key = `${locale} ${iso}`;
  let text = dateTexts.get(key);
  if (text === undefined) {
    if (dateTexts.size >= MAX_DATE_TEXTS) dateTexts.clear();
    dateTexts.set(key, (text = formatIsoPartial(iso, locale)));
  }
  return text;
}

function partialDateText(iso: string | null, bound: AgreementSummary["dates"]["signatureBound"] | undefined, locale: Locale, t: Translator): string {
  if (!iso) return `<span class="italic text-muted">${escapeHtml(t("Common.notStated"))}</span>`;
  const text = dateText(iso, locale);
  if (!bound) return `<time dateTime="${escapeHtml(iso)}">${escapeHtml(text)}</time>`;
  return `<span data-testid="bounded-date">${escapeHtml(t(bound === "ON_OR_BEFORE" ? "Common.onOrBefore" : "Common.onOrAfter", { precision: precisionWord(iso), date: text }))}</span>`;
}

// "Matched in: title", by translator and field: a message with a value is
// formatted on every call (above), and each card of a page has one.
const matchLabels = new WeakMap<Translator, Map<string, string>>();
function matchLabel(field: Highlight["field"], t: Translator): string {
  let labels = matchLabels.get(t);
  if (!labels) matchLabels.set(t, (labels = new Map()));
  let label = labels.get(field);
  if (label === undefined) labels.set(field, (label = escapeHtml(t("AgreementList.matchIn", { field: t(`SearchField.${field}`) }))));
  return label;
}

function matchHtml(match: Highlight, t: Translator): string {
  const parts = match.parts.map((part) => (part.mark ? `<mark class="rounded-sm bg-amber-200 px-0.5 text-ink">${escapeHtml(part.text)}</mark>` : `<span>${escapeHtml(part.text)}</span>`)).join("");
  return `<p class="mt-2 rounded bg-wash px-3 py-2 text-sm" data-testid="match"><span class="block text-xs font-semibold text-muted">${matchLabel(match.field, t)}</span><span lang="${match.lang}">${parts}</span></p>`;
}

function cardHtml(a: AgreementSummary & { match: Highlight | null }, locale: Locale, t: Translator): string {
  const parties = a.parties
    .map((p, i) => `<span>${i > 0 ? " · " : ""}${p.abbreviation ? `<span lang="en">${escapeHtml(p.abbreviation)}</span>` : localizedText(p.name, locale, t, true)}</span>`)
    .join("");
  return (
    `<article class="rounded-lg border border-line bg-paper p-4 shadow-sm" data-testid="agreement-card" data-slug="${escapeHtml(a.slug)}">` +
    `<div class="flex flex-wrap items-start justify-between gap-2"><p class="text-sm font-semibold text-muted">${escapeHtml(t(`Kind.${a.kind}`))}</p>` +
    `<span class="inline-block whitespace-nowrap rounded-full border px-2.5 py-0.5 text-sm font-semibold ${STATUS_STYLES[a.status]}" data-status="${a.status}">${escapeHtml(t(`Status.${a.status}`))}</span></div>` +
    `<h3 class="mt-1 text-lg font-semibold leading-snug"><a href="/${locale}/agreements/${escapeHtml(a.slug)}" class="text-brand underline-offset-4 hover:underline">${localizedText(a.title, locale, t)}</a></h3>` +
    `<dl class="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]"><dt class="text-muted">${escapeHtml(t("AgreementList.columnParties"))}</dt><dd>${parties}</dd>` +
    `<dt class="text-muted">${escapeHtml(t("AgreementList.columnSigned"))}</dt><dd>${partialDateText(a.dates.signature, a.dates.signatureBound, locale, t)}</dd></dl>` +
    (a.match ? matchHtml(a.match, t) : "") +
    `</article>`
  );
}

function paginationHtml(locale: Locale, query: Record<string, string>, page: number, totalPages: number, t: Translator): string {
  if (totalPages <= 1) return "";
  const href = (n: number) => {
    const search = new URLSearchParams(n > 1 ? { ...query, page: String(n) } : query).toString();
    return escapeHtml(`/${locale}/agreements${search ? `?${search}` : ""}`);
  };
  const prev = page > 1 ? `<a class="text-brand underline" rel="prev" href="${href(page - 1)}">← ${escapeHtml(t("AgreementList.previous"))}</a>` : "<span></span>";
  const next = page < totalPages ? `<a class="text-brand underline" rel="next" href="${href(page + 1)}">${escapeHtml(t("AgreementList.next"))} →</a>` : "<span></span>";
  return `<nav aria-label="${escapeHtml(t("AgreementList.pagination"))}" class="mt-6 flex items-center justify-between" data-testid="pagination">${prev}<span class="text-sm text-muted">${escapeHtml(t("AgreementList.pageOf", { page, total: totalPages }))}</span>${next}</nav>`;
}

export interface ResultsPage {
  items: Array<AgreementSummary & { match: Highlight | null }>;
  total: number;
  page: number;
  totalPages: number;
}

/**
 * The results part of the list page for a search by `filters` (a query; no
 * status, kind, scope, party or year: compose-page.ts leaves those to Next).
 */
export function searchResultsHtml(filters: ListFilters, result: ResultsPage, locale: Locale): string {
  const t = translator(locale);
  const exportQuery = escapeHtml(new URLSearchParams({ ...filtersToQuery({ ...filters, page: undefined }), lang: locale }).toString());
  const count =
    `<p class="font-semibold" role="status" data-testid="result-count">` +
    (filters.q ? `<span class="me-2">${escapeHtml(t("AgreementList.searchResults", { q: filters.q }))} ·</span>` : "") +
    `${escapeHtml(t("AgreementList.resultCount", { count: result.total }))}</p>`;
  const downloads =
    result.total > 0
      ? `<p class="no-print text-sm"><span class="text-muted">${escapeHtml(t("AgreementList.downloads"))}: </span>` +
        `<a href="/api/v1/agreements.csv?${exportQuery}" class="text-brand underline" download="" data-testid="download-csv">${escapeHtml(t("AgreementList.downloadCsv"))}</a> · ` +
        `<a href="/api/v1/agreements.json?${exportQuery}" class="text-brand underline" download="" data-testid="download-json">${escapeHtml(t("AgreementList.downloadJson"))}</a> · ` +
        `<a href="/${locale}/deadlines.ics" type="text/calendar" class="text-brand underline" data-testid="list-calendar-link">${escapeHtml(t("Watch.listCalendarLink"))}</a></p>`
      : "";
  const list =
    result.items.length === 0
      ? `<div class="mt-4 rounded-lg border border-dashed border-line bg-paper p-6" data-testid="empty-state"><h2 class="text-lg font-semibold">${escapeHtml(t("AgreementList.emptyHeading"))}</h2>` +
        `<p class="mt-1 text-muted">${escapeHtml(t(filters.q ? "AgreementList.emptySearchHint" : "AgreementList.emptyHint"))}</p>` +
        `<a class="mt-3 inline-block text-brand underline" href="/${locale}/agreements">${escapeHtml(t("AgreementList.clear"))}</a></div>`
      : `<ul class="mt-4 space-y-3" data-testid="agreement-list">${result.items.map((a) => `<li>${cardHtml(a, locale, t)}</li>`).join("")}</ul>`;
  return (
    `<div class="mt-6 flex flex-wrap items-baseline justify-between gap-3">${count}${downloads}</div>` +
    list +
    paginationHtml(locale, filtersToQuery({ ...filters, page: undefined }), result.page, result.totalPages, t)
  );
}
