import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { AgreementEditor } from "@/components/editor/agreement-editor";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getEditorOptions } from "@/lib/editor/queries";
import { emptyAgreementInput } from "@/lib/editor/defaults";

export const dynamic = "force-dynamic";


type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("newTitle"), robots: { index: false } };
}

export default async function NewAgreementPage({ params }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const staff = await requireStaff(locale, `/${locale}/editor/agreements/new`);
  const t = await getTranslations("Editor");
  if (!can(staff.role, "edit")) return <p className="rounded border border-line bg-brand-soft p-4">{t("notAllowed")}</p>;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("newTitle")}</h1>
      <p className="text-muted">{t("newIntro")}</p>
      <AgreementEditor mode="create" initial={emptyAgreementInput()} options={await getEditorOptions()} canEdit canPublish={can(staff.role, "publish")} />
    </div>
  );
}
