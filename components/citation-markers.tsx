import { useId } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ExternalLink } from "@/components/external-link";
import { Link } from "@/components/localized-link";
import { LocalizedText } from "@/components/localized-text";
import type { AgreementView } from "@/lib/agreements/serialize";
import type { Locale } from "@/i18n/routing";

type Source = AgreementView["sources"][number];
type Citation = Source["citations"][number];
export type CitationIndex = Map<number, { n: number; citation: Citation; source: Source }>;

/** Numbers every citation of a record in the order its sources are listed. */
export function indexCitations(view: AgreementView): CitationIndex {
  const index: CitationIndex = new Map();
  let n = 0;
  for (const source of view.sources) for (const citation of source.citations) index.set(citation.id, { n: ++n, citation, source });
  return index;
}

/**
 * One marker per citation behind a fact. The marker is a button that opens
 * the quoted passage as a popover (the HTML popover attribute): no client
 * JavaScript, opened and closed from the keyboard, closed by Escape or a click
 * elsewhere. Markers stand inside headings, paragraphs and list items, where
 * only phrasing content is allowed, so neither <details> nor <div> may be
 * used (the Nu HTML Checker refuses them there: tests/system/validators).
 */
export function CitationMarkers({ ids, index, fact }: { ids: number[]; index: CitationIndex; fact: string }) {
  const t = useTranslations("AgreementPage");
  const tf = useTranslations("Facts");
  const locale = useLocale() as Locale;
  // One citation may back several facts on a page: each marker's passage needs an id of its own.
  const prefix = useId();
  if (ids.length === 0) return null;
  const factLabel = tf.has(fact) ? tf(fact) : fact;
  return (
    <span className="cite-marks">
      {ids.map((id) => {
        const entry = index.get(id);
        if (!entry) return null;
        const { n, citation, source } = entry;
        const note = citation.note;
        return (
          <span key={id} className="citation" data-testid="citation">
            <button
              type="button"
              popoverTarget={`${prefix}${id}`}
              className={citation.contradicts ? "cite-mark-contra" : "cite-mark"}
              aria-label={`${t(citation.contradicts ? "contradictingCitation" : "citation", { fact: factLabel })} [${n}]`}
              data-contradicts={citation.contradicts ? "true" : undefined}
            >
              {/* One text node: React separates adjacent ones with <!-- --> in the HTML. */}
              {`[${citation.contradicts ? "≠" : ""}${n}]`}
            </button>
            <span id={`${prefix}${id}`} popover="auto" className="cite-pop">
              <span className="cite-label">{t("quote")}</span>
              <q lang={source.language} className="block">
                {citation.quote}
              </q>
              {locale === "th" && citation.quoteTh && source.language !== "th" ? (
                <span className="mt-2 block">
                  <span className="cite-label">{t("quoteTranslation")}</span>
                  <span className="block">{citation.quoteTh}</span>
                </span>
              ) : null}
              {locale === "en" && citation.quoteEn && source.language !== "en" ? (
                <span className="mt-2 block">
                  <span className="cite-label">{t("quoteTranslation")}</span>
                  <span className="block">{citation.quoteEn}</span>
                </span>
              ) : null}
              {/* The registry has no Japanese renderings of passages: a Japanese page offers the English one, labelled as such. */}
              {locale === "ja" && citation.quoteEn && source.language !== "ja" && source.language !== "en" ? (
                <span className="mt-2 block">
                  <span className="cite-label">{t("quoteTranslation")}</span>
                  <LocalizedText value={{ th: null, en: citation.quoteEn }} locale={locale} />
                </span>
              ) : null}
              {note ? (
                <span className="mt-2 block border-s-4 border-amber-400 ps-2">
                  <span className="cite-label">{t("note")}</span>
                  <LocalizedText value={note} locale={locale} />
                </span>
              ) : null}
              <span className="cite-from">
                {source.url ? (
                  <ExternalLink href={source.url} lang={source.language}>
                    {source.title}
                  </ExternalLink>
                ) : (
                  <a href={`#source-${source.key}`} className="cite-link" lang={source.language}>
                    {source.title}
                  </a>
                )}
                {source.archive ? (
                  <>
                    {" · "}
                    <Link href={`/sources/${source.key}`} className="cite-link">
                      {t("archivedCopy")}
                    </Link>
                  </>
                ) : null}
              </span>
            </span>
          </span>
        );
      })}
    </span>
  );
}

/**
 * Printed pages cannot open a marker: the passages are listed once at the
 * end under the markers' numbers, like footnotes, grouped by source so that
 * a source's title and address are printed once, not with each of its
 * passages (the 2015 Joint Statement cites five sources 39 times). Hidden on screen.
 */
export function PrintedCitations({ index }: { index: CitationIndex }) {
  const t = useTranslations("AgreementPage");
  const entries = [...index.values()].sort((a, b) => a.n - b.n);
  if (entries.length === 0) return null;
  const bySource = new Map<string, typeof entries>();
  for (const entry of entries) bySource.set(entry.source.key, [...(bySource.get(entry.source.key) ?? []), entry]);
  return (
    <section aria-labelledby="printed-citations" className="mt-8 hidden print:block" data-testid="printed-citations">
      <h2 id="printed-citations" className="mb-3 border-b border-line pb-1 text-xl font-semibold">
        {t("citedPassages")}
      </h2>
      <ul className="space-y-3 text-sm">
        {[...bySource.values()].map((group) => {
          const { source } = group[0]!;
          return (
            <li key={source.key}>
              <span lang={source.language} className="font-semibold">
                {source.title}
              </span>
              {source.url ? <span className="break-all"> ({source.url})</span> : null}
              <ol className="mt-1 space-y-1">
                {group.map(({ n, citation }) => (
                  <li key={citation.id} className="break-inside-avoid">
                    {`[${n}] `}
                    <q lang={source.language}>{citation.quote}</q>
                  </li>
                ))}
              </ol>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * Where the sources disagree with what the record gives: each passage that
 * contradicts the recorded value, with the note saying how and which source
 * the registry followed. Shown near the top of the record, in the reader's
 * language, so a disagreement is never hidden behind a marker.
 */
export function Disagreements({ index }: { index: CitationIndex }) {
  const t = useTranslations("AgreementPage");
  const tf = useTranslations("Facts");
  const locale = useLocale() as Locale;
  const entries = [...index.values()].filter((e) => e.citation.contradicts).sort((a, b) => a.n - b.n);
  if (entries.length === 0) return null;
  return (
    <section aria-labelledby="disagreements" className="mt-6 rounded border border-amber-700 bg-amber-50 p-4 text-sm" data-testid="disagreements">
      <h2 id="disagreements" className="font-semibold text-amber-900">
        {t("disagreementsTitle")}
      </h2>
      <p className="mt-1">{t("disagreementsExplain")}</p>
      <ul className="mt-2 list-disc space-y-2 ps-5">
        {entries.map(({ n, citation, source }) => (
          <li key={citation.id}>
            <span className="font-semibold">{tf.has(citation.fact) ? tf(citation.fact) : citation.fact}</span> [≠{n}]:{" "}
            <LocalizedText value={citation.note} locale={locale} />{" "}
            <span className="text-muted">
              (<span lang={source.language}>{source.title}</span>)
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
