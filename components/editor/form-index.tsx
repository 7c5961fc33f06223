"use client";
// Finding one's way in the record form (issue 27: saved, it was 16 screens
// tall with no index). The form is cut into parts; an index bar stays at
// the top of the screen as the editor scrolls, marks the part in view, and
// says how many stated facts of each part no passage backs yet. Each part
// folds. On a phone the bar scrolls sideways.
import { useEffect, useRef, useState, type ReactNode } from "react";
import { useTranslations } from "next-intl";

export const FORM_PARTS = ["identity", "dates", "parties", "scope", "events", "relations", "sources", "internal"] as const;
export type FormPartName = (typeof FORM_PARTS)[number];

/** The part of the form where each fact is entered. */
export const PART_OF_FACT: Record<string, FormPartName> = {
  title: "identity",
  kind: "identity",
  summary: "identity",
  legalNature: "identity",
  cabinetApprovalOn: "dates",
  signedOn: "dates",
  signedAt: "dates",
  effectiveOn: "dates",
  expiresOn: "dates",
  termMonths: "dates",
  automaticRenewal: "dates",
  terminationNoticeMonths: "dates",
  party: "parties",
  signatory: "parties",
  scopeArea: "scope",
  event: "events",
  relation: "relations",
};

export const partId = (part: FormPartName) => `part-${part}`;

export function FormIndex({ uncited, errors }: { uncited: Partial<Record<FormPartName, number>>; errors: Partial<Record<FormPartName, number>> }) {
  const t = useTranslations("Editor.index");
  const [active, setActive] = useState<FormPartName>("identity");
  const bar = useRef<HTMLElement>(null);
  // On a phone the bar is wider than the screen: the part in view is kept in sight within it (sideways only, never the page).
  useEffect(() => {
    const nav = bar.current;
    const link = nav?.querySelector<HTMLElement>('[aria-current="location"]');
    if (!nav || !link) return;
    if (link.offsetLeft < nav.scrollLeft || link.offsetLeft + link.offsetWidth > nav.scrollLeft + nav.clientWidth) nav.scrollLeft = link.offsetLeft - 8;
  }, [active]);
  // The part in view: the topmost one crossing the upper third of the screen.
  useEffect(() => {
    const seen = new Map<string, boolean>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const e of entries) seen.set(e.target.id, e.isIntersecting);
        const first = FORM_PARTS.find((p) => seen.get(partId(p)));
        if (first) setActive(first);
      },
      { rootMargin: "-20% 0px -60% 0px" },
    );
    for (const p of FORM_PARTS) {
      const el = document.getElementById(partId(p));
      if (el) observer.observe(el);
    }
    return () => observer.disconnect();
  }, []);
  return (
    <nav ref={bar} aria-label={t("title")} className="sticky top-0 z-10 -mx-1 overflow-x-auto border-b border-line bg-wash px-1 py-2" data-testid="form-index">
      <ol className="flex gap-1 whitespace-nowrap text-sm">
        {FORM_PARTS.map((p) => (
          <li key={p}>
            <a
              href={`#${partId(p)}`}
              aria-current={active === p ? "location" : undefined}
              className="inline-flex items-center gap-1 rounded px-2 py-1 text-brand hover:bg-brand-soft aria-[current=location]:bg-brand aria-[current=location]:text-paper"
            >
              {t(p)}
              {errors[p] ? (
                <span className="rounded bg-red-800 px-1 text-xs font-semibold text-paper" data-testid={`index-errors-${p}`}>
                  {t("errors", { count: errors[p] })}
                </span>
              ) : null}
              {uncited[p] ? (
                <span className="rounded bg-amber-100 px-1 text-xs font-semibold text-amber-900" data-testid={`index-uncited-${p}`}>
                  {t("uncited", { count: uncited[p] })}
                </span>
              ) : null}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

/** One part of the form: folds, and keeps its fields on the page while folded (their values and errors stay). */
export function FormPart({ part, open, onToggle, children }: { part: FormPartName; open: boolean; onToggle: () => void; children: ReactNode }) {
  const t = useTranslations("Editor.index");
  return (
    <section id={partId(part)} aria-labelledby={`${partId(part)}-title`} className="flex scroll-mt-20 flex-col gap-4" data-testid={partId(part)}>
      <div className="flex items-center justify-between gap-3 border-b border-line pb-1">
        <h2 id={`${partId(part)}-title`} className="text-lg font-semibold">
          {t(part)}
        </h2>
        <button type="button" aria-expanded={open} aria-controls={`${partId(part)}-body`} onClick={onToggle} className="text-sm text-brand underline">
          {open ? t("fold") : t("unfold")}
        </button>
      </div>
      <div id={`${partId(part)}-body`} hidden={!open} className="flex flex-col gap-4">
        {children}
      </div>
    </section>
  );
}
