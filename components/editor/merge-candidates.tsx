// Entries that may be the same as the one on the page, each with a button
// that merges it into this one (after a confirmation naming both).
import type { Locale } from "@/i18n/locales";
import { labelIn, secondName } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { MergeButton } from "@/components/editor/entity-forms";

type Candidate = { id: number; th: string; en: string; ja: string | null; records: number };

export async function MergeCandidates({ locale, endpoint, keepName, candidates, explain }: { locale: string; endpoint: string; keepName: string; candidates: Candidate[]; explain: string }) {
  const t = await getTranslations("Editor");
  return (
    <section aria-labelledby="merge" className="flex flex-col gap-2 rounded border border-line bg-paper p-4">
      <h2 id="merge" className="text-lg font-semibold">
        {t("entities.mergeTitle")}
      </h2>
      <p className="text-sm text-muted">{explain}</p>
      {candidates.length === 0 ? (
        <p className="text-sm text-muted">{t("entities.noCandidates")}</p>
      ) : (
        <ul className="flex flex-col gap-2" data-testid="merge-candidates">
          {candidates.map((c) => {
            const { text: name, lang } = labelIn(c, locale as Locale);
            const second = secondName(c, locale as Locale);
            return (
              <li key={c.id} className="flex flex-wrap items-center justify-between gap-2 border-b border-line pb-2 text-sm">
                <span>
                  <span className="font-semibold" lang={lang}>
                    {name}
                  </span> <span lang={second.lang}>({second.text})</span>
                  <span className="block text-xs text-muted">{t("sources.recordsTouched", { count: c.records })}</span>
                </span>
                <MergeButton endpoint={endpoint} mergeId={c.id} label={t("entities.mergeInto")} confirmText={t("entities.confirmMerge", { other: name, keep: keepName, count: c.records })} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
