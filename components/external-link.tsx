import { useTranslations } from "next-intl";

/** A link to a source outside the registry: a new tab, no referrer, and said so. */
export function ExternalLink({ href, lang, children }: { href: string; lang?: string; children: React.ReactNode }) {
  const t = useTranslations("Common");
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="text-brand underline" lang={lang}>
      {children}
      <span className="sr-only"> {t("externalLink")}</span>
      <span aria-hidden="true"> ↗</span>
    </a>
  );
}
