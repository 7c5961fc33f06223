import type { Metadata } from "next";
import { LocalizedText } from "@/components/localized-text";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementEditor } from "@/components/editor/agreement-editor";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import { routeId } from "@/lib/http/params";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { getEditorOptions } from "@/lib/editor/queries";
import { loadAgreementInput } from "@/lib/editor/snapshot";

export const dynamic = "force-dynamic";


type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("editTitle"), robots: { index: false } };
}

export default async function EditAgreementPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolvePageLocale(rawLocale);
  const staff = await requireStaff(locale, `/${locale}/editor/agreements/${rawId}`);
  const id = routeId(rawId);
  const record = id === null ? null : await loadAgreementInput(getDb(), id);
  if (!record) notFound();
  const t = await getTranslations("Editor");
  const title = <LocalizedText value={{ th: record.input.titleTh, en: record.input.titleEn, ja: record.input.titleJa }} locale={locale} name />;
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <p className="text-sm text-muted">{t("editTitle")}</p>
        <h1 className="text-2xl font-semibold">{title}</h1>
        <p className="flex flex-wrap gap-4 text-sm">
          <Link href={`/editor/agreements/${record.id}/history`} className="text-brand underline">
            {t("history.link")}
          </Link>
          <Link href={`/editor/agreements/${record.id}/preview`} className="text-brand underline">
            {t("preview.link")}
          </Link>
          {record.publicationState === "PUBLISHED" && record.input.visibility === "PUBLIC" ? (
            <Link href={`/agreements/${record.input.slug}`} className="text-brand underline">
              {t("viewPublic")}
            </Link>
          ) : null}
        </p>
      </div>
      {(await searchParams).created ? (
        <p role="status" className="rounded border border-green-700 bg-green-50 p-3 text-sm text-green-900">
          {/* After "save and publish", the record's own state says whether the second step took. */}
          {record.publicationState === "PUBLISHED" ? t("createdPublished") : t("createdDraft")}
        </p>
      ) : null}
      <AgreementEditor
        mode="edit"
        id={record.id}
        version={record.version}
        publicationState={record.publicationState}
        initial={record.input}
        quoteChecks={record.quoteChecks}
        options={await getEditorOptions()}
        canEdit={can(staff.role, "edit")}
        canPublish={can(staff.role, "publish")}
      />
    </div>
  );
}
