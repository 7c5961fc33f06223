import type { Metadata } from "next";
import { labelIn } from "@/lib/i18n/pick";
import { LocalizedText } from "@/components/localized-text";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EntityForm } from "@/components/editor/entity-forms";
import { AffectedRecords, EntityHistory } from "@/components/editor/entity-page";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { organizationRecords, organizationValues } from "@/lib/entities/edit";
import { entityHistory, recordsById } from "@/lib/entities/queries";
import { routeId } from "@/lib/http/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("entities.organizations.one"), robots: { index: false } };
}

/** One organization: its names, abbreviation, country and predecessor, corrected once for every record naming it. */
export default async function OrganizationEditPage({ params }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolvePageLocale(rawLocale);
  const staff = await requireStaff(locale, `/${locale}/editor/organizations/${rawId}`);
  const id = routeId(rawId);
  const org = id === null ? null : await getDb().organization.findUnique({ where: { id } });
  if (!org) notFound();
  const t = await getTranslations("Editor");
  const [records, history, others] = await Promise.all([
    organizationRecords(getDb(), org.id).then(recordsById),
    entityHistory("organization", org.id),
    getDb().organization.findMany({ where: { id: { not: org.id } }, orderBy: { nameEn: "asc" }, select: { id: true, nameTh: true, nameEn: true, nameJa: true } }),
  ]);
  const values = organizationValues(org);
  const isPublic = records.some((r) => r.publicationState === "PUBLISHED" && r.visibility === "PUBLIC");
  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="text-sm">
          <Link href="/editor/organizations" className="text-brand underline">
            {t("entities.organizations.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold"><LocalizedText value={{ th: org.nameTh, en: org.nameEn, ja: org.nameJa }} locale={locale} name /></h1>
        {isPublic ? (
          <Link href={`/organizations/${org.slug}`} className="text-sm text-brand underline">
            {t("entities.publicPage")}
          </Link>
        ) : null}
      </div>
      <AffectedRecords locale={locale} records={records} />
      <EntityForm
        version={org.version}
        endpoint={`/api/editor/organizations/${org.id}`}
        title={t("sources.details")}
        canEdit={can(staff.role, "edit")}
        recordCount={records.length}
        initial={{ ...values, predecessorId: values.predecessorId === null ? "" : String(values.predecessorId) }}
        fields={[
          { name: "nameTh", label: t("fields.nameTh"), required: true, lang: "th" },
          { name: "nameEn", label: t("fields.nameEn"), required: true, lang: "en" },
          { name: "nameJa", label: t("entities.nameJa"), lang: "ja", hint: t("entities.nameJaHint") },
          { name: "abbreviation", label: t("fields.abbreviation") },
          { name: "countryCode", label: t("fields.countryCode"), required: true },
          {
            name: "predecessorId",
            label: t("entities.predecessor"),
            numeric: true,
            hint: t("entities.predecessorHint"),
            options: [{ value: "", label: t("none") }, ...others.map((o) => {
              const name = labelIn({ th: o.nameTh, en: o.nameEn, ja: o.nameJa }, locale);
              return { value: String(o.id), label: name.text, lang: name.lang };
            })],
          },
        ]}
      />
      <EntityHistory history={history} />
    </div>
  );
}
