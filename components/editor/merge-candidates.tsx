// Entries that may be the same as the one on the page, each with a button
// that merges it into this one (after a confirmation naming both); the
// list and its outcome are the client part (MergeList).
import type { Locale } from "@/i18n/locales";
import { labelIn, secondName } from "@/lib/i18n/pick";
import { getTranslations } from "next-intl/server";
import { MergeList } from "@/components/editor/entity-forms";

type Candidate = { id: number; th: string; en: string; ja: string | null; records: number };

export async function MergeCandidates({ locale, endpoint, keepName, candidates, explain }: { locale: string; endpoint: string; keepName: string; candidates: Candidate[]; explain: string }) {
  const t = await getTranslations("Editor");
  return (
    <section aria-labelledby="merge" className="flex flex-col gap-2 rounded border border-line bg-paper p-4">
      <h2 id="merge" className="text-lg font-semibold">
        {t("entities.mergeTitle")}
      </h2>
      <p className="text-sm text-muted">{explain}</p>
      <MergeList
        endpoint={endpoint}
        buttonLabel={t("entities.mergeInto")}
        emptyText={t("entities.noCandidates")}
        items={candidates.map((c) => {
          const { text: name, lang } = labelIn(c, locale as Locale);
          const second = secondName(c, locale as Locale);
          return {
            id: c.id,
            confirmText: t("entities.confirmMerge", { other: name, keep: keepName, count: c.records }),
            label: (
              <span>
                <span className="font-semibold" lang={lang}>
                  {name}
                </span> <span lang={second.lang}>({second.text})</span>
                <span className="block text-xs text-muted">{t("sources.recordsTouched", { count: c.records })}</span>
              </span>
            ),
          };
        })}
      />
    </section>
  );
}
