import type { Metadata } from "next";
import { nameIn } from "@/lib/i18n/pick";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/editor/entity-forms";
import { AffectedRecords, EntityHistory } from "@/components/editor/entity-page";
import { MergeCandidates } from "@/components/editor/merge-candidates";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { scopeAreaRecords, scopeAreaValues } from "@/lib/entities/edit";
import { entityHistory, recordsById, scopeAreaMergeCandidates } from "@/lib/entities/queries";
import { routeId } from "@/lib/http/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("entities.scopeAreas.one"), robots: { index: false } };
}

/** One scope area: its labels, and merging another area that means the same into it. */
export default async function ScopeAreaEditPage({ params }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolvePageLocale(rawLocale);
  const staff = await requireStaff(locale, `/${locale}/editor/scope-areas/${rawId}`);
  const id = routeId(rawId);
  const area = id === null ? null : await getDb().scopeArea.findUnique({ where: { id } });
  if (!area) notFound();
  const t = await getTranslations("Editor");
  const [records, history, candidates] = await Promise.all([scopeAreaRecords(getDb(), area.id).then(recordsById), entityHistory("scope-area", area.id), scopeAreaMergeCandidates(area.id)]);
  const canEdit = can(staff.role, "edit");
  const name = nameIn({ th: area.labelTh, en: area.labelEn, ja: area.labelJa }, locale);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="text-sm">
          <Link href="/editor/scope-areas" className="text-brand underline">
            {t("entities.scopeAreas.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{name}</h1>
      </div>
      <AffectedRecords locale={locale} records={records} />
      <EntityForm
        version={area.version}
        endpoint={`/api/editor/scope-areas/${area.id}`}
        title={t("sources.details")}
        canEdit={canEdit}
        recordCount={records.length}
        initial={scopeAreaValues(area)}
        fields={[
          { name: "labelTh", label: t("fields.labelTh"), required: true, lang: "th" },
          { name: "labelEn", label: t("fields.labelEn"), required: true, lang: "en" },
          { name: "labelJa", label: t("fields.labelJa"), lang: "ja" },
        ]}
      />
      {canEdit ? <MergeCandidates locale={locale} endpoint={`/api/editor/scope-areas/${area.id}/merge`} keepName={name} candidates={candidates} explain={t("entities.scopeAreas.mergeExplain")} /> : null}
      <EntityHistory history={history} />
    </div>
  );
}
