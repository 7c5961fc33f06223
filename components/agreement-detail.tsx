// One agreement, as the public reads it: every fact with its citation
// markers. The public page renders it (app/[locale]/agreements/[slug]), and
// so does the staff preview of a record that is not public (without the
// search engines' structured data).
import { useTranslations } from "next-intl";
import { CitationMarkers, CitedPassages, Disagreements, indexCitations } from "@/components/citation-markers";
import { ExternalLink } from "@/components/external-link";
import { LocalizedText } from "@/components/localized-text";
import { ComputedDates } from "@/components/computed-dates";
import { PartialDateText } from "@/components/partial-date-text";
import { PrintButton } from "@/components/print-button";
import { StatusBadge } from "@/components/status-badge";
import { TimelineSvg } from "@/components/timeline-svg";
import { Link } from "@/components/localized-link";
import type { Locale } from "@/i18n/routing";
import { agreementJsonLd } from "@/lib/agreements/json-ld";
import type { AgreementView } from "@/lib/agreements/serialize";
import { formatIsoPartial } from "@/lib/dates/format";
import { recordCalendarReach } from "@/lib/agreements/record-calendar";

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="mt-8 break-inside-avoid">
      <h2 id={id} className="mb-3 border-b border-line pb-1 text-xl font-semibold text-brand">
        {title}
      </h2>
      {children}
    </section>
  );
}

/** `pageUrl`, the record's absolute public address, adds schema.org data for search engines. */
export function AgreementDetail({ view, locale, pageUrl }: { view: AgreementView; locale: Locale; pageUrl?: string }) {
  const t = useTranslations("AgreementPage");
  const tc = useTranslations("Common");
  const tk = useTranslations("Kind");
  const tl = useTranslations("LegalNature");
  const tlc = useTranslations("Lifecycle");
  const tr = useTranslations("Role");
  const te = useTranslations("EventType");
  const trel = useTranslations("RelationType");
  const index = indexCitations(view);
  // The title in the other language: Thai and English each show the other; Japanese shows the Thai original.
  const other: Locale = locale === "th" ? "en" : "th";
  const tw = useTranslations("Watch");
  const f = view.factCitations;
  const translated = locale !== view.originalLanguage;

  const jsonLd = pageUrl ? agreementJsonLd(view, locale, pageUrl, tk(view.kind)) : null;

  return (
    <article className="rounded-lg border border-line bg-paper p-5 shadow-sm sm:p-8" data-testid="agreement">
      {/* Structured data for search engines; "<" is escaped so no text can close the script. */}
      {jsonLd ? <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: JSON.stringify(jsonLd).replace(/</g, "\\u003c") }} /> : null}
      <div className="no-print mb-4 flex items-center justify-between gap-2 text-sm">
        <Link href="/agreements" className="text-brand underline">
          ← {t("backToList")}
        </Link>
        <PrintButton label={t("print")} />
      </div>

      <div className="text-sm font-semibold uppercase tracking-wide text-muted">
        {tk(view.kind)}
        <CitationMarkers ids={f.kind ?? []} index={index} fact="kind" />
      </div>
      <h1 className="mt-1 text-2xl font-semibold leading-snug text-ink sm:text-3xl" lang={locale}>
        <LocalizedText value={view.title} locale={locale} />
        <CitationMarkers ids={f.title ?? []} index={index} fact="title" />
      </h1>
      <p className="mt-3 text-muted" lang={other}>
        <span className="me-2 rounded bg-wash px-1.5 py-0.5 text-xs font-semibold" lang={locale}>
          {other === "th" ? tc("originalLabel") : t("otherLanguageTitle")}
        </span>
        {view.title[other]}
      </p>
      {translated ? <p className="mt-3 text-sm italic text-muted">{t("translationNotice")}</p> : null}

      <Disagreements index={index} />

      <dl className="mt-6 grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{t("status")}</dt>
        <dd data-testid="status">
          <StatusBadge status={view.status} /> {/* Not a date: the page is kept and served unchanged until its status may change (viewChangesOn), so it names no day it was made on. */}
          <span className="text-sm text-muted">{t("statusToday")}</span>
          <span className="mt-1 block text-sm text-muted">{tlc(view.statusBasis)}</span>
        </dd>
        <dt className="font-semibold">{t("legalNature")}</dt>
        <dd>{view.legalNature ? tl(view.legalNature) : <span className="italic text-muted">{tc("notStated")}</span>}</dd>
      </dl>

      {view.summary ? (
        <Section id="summary" title={t("summary")}>
          <div>
            <LocalizedText value={view.summary} locale={locale} />
            <CitationMarkers ids={f.summary ?? []} index={index} fact="summary" />
          </div>
        </Section>
      ) : null}

      <Section id="parties" title={t("parties")}>
        <ul className="space-y-1">
          {view.parties.map((p) => (
            <li key={p.slug}>
              <Link href={`/organizations/${p.slug}`} className="text-brand underline">
                <LocalizedText value={p.name} locale={locale} name />
              </Link>
              {/* Abbreviations are of the bodies' English names (MIC, MDES, depa). */}
              {p.abbreviation ? <span className="text-muted" lang="en"> ({p.abbreviation})</span> : null}
              <CitationMarkers ids={p.citations} index={index} fact="party" />
            </li>
          ))}
        </ul>
      </Section>

      <Section id="signatories" title={t("signatories")}>
        {view.signatories.length === 0 ? (
          <p className="italic text-muted">{t("noSignatories")}</p>
        ) : (
          <ul className="space-y-3" data-testid="signatories">
            {view.signatories.map((s, i) => (
              <li key={i} className="rounded border border-line p-3">
                <span className="font-semibold">{s.name ? <LocalizedText value={s.name} locale={locale} name /> : <span className="font-normal italic text-muted">{t("nameNotStated")}</span>}</span>
                <CitationMarkers ids={s.citations} index={index} fact="signatory" />
                <span className="block text-sm">
                  <LocalizedText value={s.position} locale={locale} missing={<span className="italic text-muted">{t("positionNotStated")}</span>} />
                  {" · "}
                  <LocalizedText value={s.organization.name} locale={locale} name />
                </span>
                <span className="mt-1 inline-block rounded bg-wash px-1.5 text-xs font-semibold text-muted">{tr(s.role)}</span>
                {s.planned ? <span className="ms-2 text-xs italic text-muted">{t("plannedSignatory")}</span> : null}
              </li>
            ))}
          </ul>
        )}
      </Section>

      <Section id="dates" title={t("dates")}>
        <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[12rem_1fr]" data-testid="dates">
          {(
            [
              ["cabinetApproval", view.dates.cabinetApproval, "cabinetApprovalOn"],
              ["signature", view.dates.signature, "signedOn"],
              ["entryIntoEffect", view.dates.entryIntoEffect, "effectiveOn"],
              ["expiry", view.dates.expiry, "expiresOn"],
            ] as const
          ).map(([label, iso, fact]) => (
            <div key={label} className="contents" data-testid={`date-${label}`}>
              <dt className="font-semibold">{t(label)}</dt>
              <dd>
                <PartialDateText iso={iso} bound={view.dateLimits[label]?.bound} />
                <CitationMarkers ids={f[fact] ?? []} index={index} fact={fact} />
              </dd>
            </div>
          ))}
          <div className="contents" data-testid="place-of-signing">
            <dt className="font-semibold">{t("placeOfSigning")}</dt>
            <dd>
              <LocalizedText value={view.placeOfSigning} locale={locale} missing={<span className="italic text-muted">{tc("notStated")}</span>} />
              <CitationMarkers ids={f.signedAt ?? []} index={index} fact="signedAt" />
            </dd>
          </div>
          <div className="contents" data-testid="date-term">
            <dt className="font-semibold">{t("term")}</dt>
            <dd>
              {view.term ? (view.term.months % 12 === 0 ? tc("years", { count: view.term.months / 12 }) : tc("months", { count: view.term.months })) : <span className="italic text-muted">{tc("notStated")}</span>}
              <CitationMarkers ids={f.termMonths ?? []} index={index} fact="termMonths" />
            </dd>
          </div>
          <div className="contents" data-testid="date-automaticRenewal">
            <dt className="font-semibold">{t("automaticRenewal")}</dt>
            <dd>
              {view.automaticRenewal === null ? <span className="italic text-muted">{tc("notStated")}</span> : view.automaticRenewal ? tc("yes") : tc("no")}
              <CitationMarkers ids={f.automaticRenewal ?? []} index={index} fact="automaticRenewal" />
            </dd>
          </div>
          <div className="contents" data-testid="date-terminationNotice">
            <dt className="font-semibold">{t("terminationNotice")}</dt>
            <dd>
              {view.terminationNoticeMonths === null ? <span className="italic text-muted">{tc("notStated")}</span> : tc("months", { count: view.terminationNoticeMonths })}
              <CitationMarkers ids={f.terminationNoticeMonths ?? []} index={index} fact="terminationNoticeMonths" />
            </dd>
          </div>
          <ComputedDates computed={view.computed} citations={f} index={index} />
        </dl>
        {/* A published record's own calendar (the same computed dates), while it holds any; a plain link, so the browser hands the file to the calendar program. */}
        {pageUrl && recordCalendarReach(view).offered ? (
          <p className="no-print mt-3 text-sm">
            <a href={`/${locale}/agreements/${view.slug}/deadlines.ics`} type="text/calendar" className="text-brand underline" data-testid="record-calendar-link">
              {tw("recordCalendarLink")}
            </a>
          </p>
        ) : null}
      </Section>

      <Section id="scope" title={t("scopeAreas")}>
        <ul className="flex flex-wrap gap-2" data-testid="scope-areas">
          {view.scopeAreas.map((s) => (
            <li key={s.key} className="rounded-full border border-line bg-wash px-3 py-1 text-sm">
              <Link href={`/scope-areas/${s.key}`} className="text-brand underline-offset-2 hover:underline">
                <LocalizedText value={s.label} locale={locale} />
              </Link>
              <CitationMarkers ids={s.citations} index={index} fact="scopeArea" />
            </li>
          ))}
        </ul>
      </Section>

      <Section id="timeline" title={t("timeline")}>
        <TimelineSvg
          locale={locale}
          title={t("timeline")}
          items={view.events.map((e, i) => ({ key: String(i), date: e.date, label: te(e.type) }))}
        />
        <h3 className="sr-only">{t("timelineText")}</h3>
        <ol className="mt-3 space-y-2 border-s-2 border-brand/30 ps-4" data-testid="events">
          {view.events.map((e, i) => (
            <li key={i}>
              <span className="font-semibold">
                <PartialDateText iso={e.date} bound={e.dateLimits?.bound} />
              </span>
              {" — "}
              <span className="rounded bg-wash px-1.5 text-xs font-semibold text-muted">{te(e.type)}</span>
              <span className="block" lang={locale}>
                <LocalizedText value={e.description} locale={locale} />
                <CitationMarkers ids={e.citations} index={index} fact="event" />
              </span>
            </li>
          ))}
        </ol>
      </Section>

      {view.relations.length > 0 ? (
        <Section id="relations" title={t("relations")}>
          <ul className="space-y-2">
            {view.relations.map((r, i) => (
              <li key={i}>
                <span className="text-sm font-semibold text-muted">{trel(`${r.direction}.${r.type}`)}</span>{" "}
                <Link href={`/agreements/${r.agreement.slug}`} className="text-brand underline">
                  <LocalizedText value={r.agreement.title} locale={locale} />
                </Link>
                <CitationMarkers ids={r.citations} index={index} fact="relation" />
                {r.note ? (
                  <span className="block text-sm text-muted">
                    <LocalizedText value={r.note} locale={locale} />
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <Section id="sources" title={t("sources")}>
        <ol className="list-decimal space-y-3 ps-6" data-testid="sources">
          {view.sources.map((s) => (
            <li key={s.key} id={`source-${s.key}`}>
              {s.url ? (
                <ExternalLink href={s.url} lang={s.language}>
                  {s.title}
                </ExternalLink>
              ) : (
                <span lang={s.language}>{s.title}</span>
              )}
              <span className="block text-sm text-muted">
                {s.publisher ? <span lang={s.language}>{s.publisher}</span> : t("publisherUnknown")}
                {" · "}
                {s.publishedOn ? t("publishedOn", { date: formatIsoPartial(s.publishedOn, locale) }) : t("dateUnknown")}
                {s.url ? null : <> · {t("noUrl")}</>}
              </span>
              <span className="block text-sm text-muted">{t("citedFacts", { count: s.citations.length })}</span>
              {s.archive ? (
                <span className="block text-sm">
                  <Link href={`/sources/${s.key}`} className="text-brand underline" data-testid="archived-copy">
                    {t("archivedCopy")}
                  </Link>
                  {s.archive.retrievedOn ? <span className="text-muted"> · {t("archivedOn", { date: formatIsoPartial(s.archive.retrievedOn, locale) })}</span> : null}
                </span>
              ) : null}
            </li>
          ))}
        </ol>
      </Section>
      <CitedPassages index={index} />
    </article>
  );
}
