import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SynonymEditor } from "@/components/editor/synonym-editor";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { listSynonyms } from "@/lib/search/synonyms";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Synonyms" });
  return { title: t("title"), robots: { index: false } };
}

/** The search's synonym sets: every staff member reads them, editors add and remove. */
export default async function SynonymsPage({ params }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const staff = await requireStaff(locale, `/${locale}/editor/synonyms`);
  const t = await getTranslations("Synonyms");
  const sets = await listSynonyms(getDb());
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-3xl">{t("intro")}</p>
      <SynonymEditor sets={sets.map((s) => ({ id: s.id, terms: s.terms }))} canEdit={can(staff.role, "edit")} />
    </div>
  );
}
