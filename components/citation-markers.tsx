import { useLocale, useTranslations } from "next-intl";
import { ExternalLink } from "@/components/external-link";
import { Link } from "@/components/localized-link";
import { LocalizedText } from "@/components/localized-text";
import type { AgreementView } from "@/lib/agreements/serialize";
import type { Locale } from "@/i18n/routing";

type Source = AgreementView["sources"][number];
type Citation = Source["citations"][number];
export type CitationIndex = Map<number, { n: number; citation: Citation; source: Source }>;

/**
 * Numbers every cited passage of a record in the order its sources are
 * listed. A citation is one passage, whatever number of facts it backs;
 * citations that still quote the same passage of the same source with the
 * same renderings and note share a number and an entry: the passage is
 * written once on the page.
 */
export function indexCitations(view: AgreementView): CitationIndex {
  const index: CitationIndex = new Map();
  const seen = new Map<string, { n: number; citation: Citation; source: Source }>();
  let n = 0;
  for (const source of view.sources)
    for (const citation of source.citations) {
      const key = JSON.stringify([source.key, citation.quote, citation.quoteTh, citation.quoteEn, citation.quoteJa, citation.note, citation.contradicts]);
      const entry = seen.get(key) ?? { n: ++n, citation, source };
      seen.set(key, entry);
      index.set(citation.id, entry);
    }
  return index;
}

/**
 * One marker per citation behind a fact. The marker is a button that opens
 * the quoted passage as a popover (the HTML popover attribute): no client
 * JavaScript, opened and closed from the keyboard, closed by Escape or a click
 * elsewhere, one open at a time. Markers stand inside headings, paragraphs
 * and list items, where only phrasing content is allowed, so neither
 * <details> nor <div> may be used (the Nu HTML Checker refuses them there:
 * tests/system/validators). The passages themselves are written once per
 * page (CitedPassages): a passage backing six facts was written six times,
 * and the 2015 Joint Statement's Thai page weighed 163 kB.
 */
export function CitationMarkers({ ids, index, fact }: { ids: number[]; index: CitationIndex; fact: string }) {
  const t = useTranslations("AgreementPage");
  const tf = useTranslations("Facts");
  if (ids.length === 0) return null;
  const factLabel = tf.has(fact) ? tf(fact) : fact;
  return (
    <span className="cite-marks" data-fact={fact}>
      {ids.map((id, i) => {
        const entry = index.get(id);
        // Two citations of one fact quoting the same passage: one marker.
        if (!entry || ids.slice(0, i).some((other) => index.get(other) === entry)) return null;
        const { n, citation } = entry;
        return (
          <span key={id} className="citation" data-testid="citation">
            <button
              type="button"
              popoverTarget={passageId(citation.id)}
              className={citation.contradicts ? "cite-mark-contra" : "cite-mark"}
              aria-label={`${t(citation.contradicts ? "contradictingCitation" : "citation", { fact: factLabel })} [${n}]`}
              data-contradicts={citation.contradicts ? "true" : undefined}
            >
              {/* One text node: React separates adjacent ones with <!-- --> in the HTML. */}
              {`[${citation.contradicts ? "≠" : ""}${n}]`}
            </button>
          </span>
        );
      })}
    </span>
  );
}

/** The id of a citation's passage on the page; every marker of the citation opens it. */
export const passageId = (citationId: number) => `cite-${citationId}`;

/** One citation's passage: the quote, its rendering in the reader's language, the note, the source and its archived copy. */
function Passage({ citation, source }: { citation: Citation; source: Source }) {
  const t = useTranslations("AgreementPage");
  const locale = useLocale() as Locale;
  const note = citation.note;
  // The passage in the reader's language, where the source is in another (Japanese: below).
  const rendering = locale === "th" ? citation.quoteTh : locale === "en" ? citation.quoteEn : citation.quoteJa;
  return (
    <span id={passageId(citation.id)} popover="auto" className="cite-pop" data-testid="passage">
      <span className="cite-label">{t("quote")}</span>
      <q lang={source.language} className="block">
        {citation.quote}
      </q>
      {rendering && source.language !== locale ? (
        <span className="mt-2 block">
          <span className="cite-label">{t("quoteTranslation")}</span>
          <span className="block">{rendering}</span>
        </span>
      ) : null}
      {/* A passage with no Japanese rendering: a Japanese page offers the English one, labelled as such. */}
      {locale === "ja" && !citation.quoteJa && citation.quoteEn && source.language !== "ja" && source.language !== "en" ? (
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
  );
}

/**
 * Every cited passage of the record, once, in the markers' order. On screen
 * only the one a marker opens shows (a popover, placed under its marker where
 * the browser supports anchor positioning); printed, where no marker can be
 * opened, they are all listed at the end under the markers' numbers, like
 * footnotes (app/globals.css).
 */
export function CitedPassages({ index }: { index: CitationIndex }) {
  const t = useTranslations("AgreementPage");
  // One entry per passage (citations sharing one share its entry).
  const entries = [...new Set(index.values())].sort((a, b) => a.n - b.n);
  if (entries.length === 0) return null;
  return (
    <div className="cite-list print:mt-8" data-testid="printed-citations">
      <h2 className="mb-3 hidden border-b border-line pb-1 text-xl font-semibold print:block">{t("citedPassages")}</h2>
      <ol className="text-sm print:space-y-3">
        {entries.map(({ n, citation, source }) => (
          <li key={citation.id} className="break-inside-avoid">
            <span className="hidden print:inline">{`[${n}] `}</span>
            <Passage citation={citation} source={source} />
          </li>
        ))}
      </ol>
    </div>
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
  const entries = [...new Set(index.values())].filter((e) => e.citation.contradicts).sort((a, b) => a.n - b.n);
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
            <span className="font-semibold">{citation.facts.map((f) => (tf.has(f) ? tf(f) : f)).join(", ")}</span> [≠{n}]:{" "}
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
