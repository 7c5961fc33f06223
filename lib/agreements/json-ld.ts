import type { AgreementView } from "@/lib/agreements/serialize";
import type { Locale } from "@/i18n/routing";
import { nameIn, pick } from "@/lib/i18n/pick";

// schema.org's closest fit for a signed instrument is Legislation; its
// LegalForceStatus has only in force / not in force, so other statuses
// leave legislationLegalForce out rather than guess.
const legalForce: Partial<Record<AgreementView["status"], string>> = {
  in_effect: "https://schema.org/InForce",
  expired: "https://schema.org/NotInForce",
  terminated: "https://schema.org/NotInForce",
  superseded: "https://schema.org/NotInForce",
};

export function agreementJsonLd(view: AgreementView, locale: Locale, url: string, kindLabel: string) {
  const other: Locale = locale === "th" ? "en" : "th";
  return {
    "@context": "https://schema.org",
    "@type": "Legislation",
    "@id": url,
    url,
    name: nameIn(view.title, locale),
    alternateName: view.title[other],
    legislationType: kindLabel,
    inLanguage: locale,
    // A summary only in another language is not this page's abstract.
    ...(pick(view.summary, locale)?.fallback === false ? { abstract: pick(view.summary, locale)!.text } : {}),
    ...(view.dates.signature ? { legislationDate: view.dates.signature } : {}),
    ...(view.dates.expiry ? { expires: view.dates.expiry } : {}),
    ...(legalForce[view.status] ? { legislationLegalForce: legalForce[view.status] } : {}),
    legislationPassedBy: view.parties.map((p) => ({ "@type": "GovernmentOrganization", name: nameIn(p.name, locale), ...(p.abbreviation ? { alternateName: p.abbreviation } : {}), address: { "@type": "PostalAddress", addressCountry: p.country } })),
    about: view.scopeAreas.map((s) => ({ "@type": "DefinedTerm", name: nameIn(s.label, locale), termCode: s.key })),
    isBasedOn: view.sources.map((s) => ({ "@type": "CreativeWork", name: s.title, inLanguage: s.language, ...(s.url ? { url: s.url } : {}), ...(s.publishedOn ? { datePublished: s.publishedOn } : {}) })),
  };
}
