import { useTranslations } from "next-intl";
import { LocalizedText } from "@/components/localized-text";
import { PartialDateText } from "@/components/partial-date-text";
import type { DateBound } from "@/lib/enums";
import { StatusBadge } from "@/components/status-badge";
import { Link } from "@/components/localized-link";
import type { Locale } from "@/i18n/routing";
import type { AgreementSummary } from "@/lib/agreements/views";

/** What a card shows: a summary, or a whole record (which has more). */
type CardAgreement = Pick<AgreementSummary, "slug" | "kind" | "status" | "title" | "parties"> & { dates: { signature: string | null; signatureBound?: DateBound | null } };

export function AgreementCard({ agreement: a, locale, children }: { agreement: CardAgreement; locale: Locale; children?: React.ReactNode }) {
  const t = useTranslations("AgreementList");
  const tk = useTranslations("Kind");
  return (
    <article className="rounded-lg border border-line bg-paper p-4 shadow-sm" data-testid="agreement-card" data-slug={a.slug}>
      <div className="flex flex-wrap items-start justify-between gap-2">
        <p className="text-sm font-semibold text-muted">{tk(a.kind)}</p>
        <StatusBadge status={a.status} />
      </div>
      <h3 className="mt-1 text-lg font-semibold leading-snug">
        <Link href={`/agreements/${a.slug}`} className="text-brand underline-offset-4 hover:underline">
          <LocalizedText value={a.title} locale={locale} />
        </Link>
      </h3>
      <dl className="mt-2 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[8rem_1fr]">
        <dt className="text-muted">{t("columnParties")}</dt>
        <dd>
          {a.parties.map((p, i) => (
            <span key={p.slug}>
              {i > 0 ? " · " : null}
              {p.abbreviation ? <span lang="en">{p.abbreviation}</span> : <LocalizedText value={p.name} locale={locale} name />}
            </span>
          ))}
        </dd>
        <dt className="text-muted">{t("columnSigned")}</dt>
        <dd>
          <PartialDateText iso={a.dates.signature} bound={a.dates.signatureBound} />
        </dd>
      </dl>
      {children}
    </article>
  );
}

/** Agreements as a list of cards (home, scope-area and organization pages). */
export function AgreementCardList({ agreements, locale, testId }: { agreements: CardAgreement[]; locale: Locale; testId?: string }) {
  return (
    <ul className="mt-3 space-y-3" data-testid={testId}>
      {agreements.map((a) => (
        <li key={a.slug}>
          <AgreementCard agreement={a} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
