import { languageSwitchClass, languageSwitchTarget } from "@/lib/i18n/language-switch";

/** The language switch of a page rendered whole on every visit: a plain link built on the server. */
export function StaticLanguageSwitch({ locale, path, label, ariaLabel }: { locale: string; path: string; label: string; ariaLabel: string }) {
  const [pathname = "/", query = ""] = path.split("?", 2);
  const target = languageSwitchTarget(locale, pathname, query);
  return (
    <a href={target.href} hrefLang={target.locale} lang={target.locale} aria-label={ariaLabel} className={languageSwitchClass} data-testid="language-switch">
      {label}
    </a>
  );
}
