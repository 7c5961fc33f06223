import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AgreementDetail } from "@/components/agreement-detail";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import { routeId } from "@/lib/http/params";
import { requireStaff } from "@/lib/auth/page-guard";
import { getPreviewView } from "@/lib/editor/queries";

export const dynamic = "force-dynamic";


type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("preview.title"), robots: { index: false } };
}

/** The public page as it would read, for records the public cannot see yet. */
export default async function PreviewPage({ params }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolvePageLocale(rawLocale);
  await requireStaff(locale, `/${locale}/editor/agreements/${rawId}/preview`);
  const id = routeId(rawId);
  const preview = id === null ? null : await getPreviewView(id);
  if (!preview) notFound();
  const t = await getTranslations("Editor");
  const isPublic = preview.publicationState === "PUBLISHED" && preview.visibility === "PUBLIC";
  return (
    <div className="flex flex-col gap-4">
      <p role="note" className="no-print rounded border border-amber-700 bg-amber-50 p-3 text-sm" data-testid="preview-banner">
        <strong>{t("preview.title")}</strong> · {t(`state.${preview.publicationState}`)} · {t(`visibility.${preview.visibility}`)} — {isPublic ? t("preview.public") : t("preview.notPublic")}{" "}
        <Link href={`/editor/agreements/${id}`} className="text-brand underline">
          {t("history.back")}
        </Link>
      </p>
      <AgreementDetail view={preview.view} locale={locale} />
    </div>
  );
}
