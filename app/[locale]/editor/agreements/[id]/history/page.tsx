import type { Metadata } from "next";
import { LocalizedText } from "@/components/localized-text";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChangeList } from "@/components/editor/change-list";
import type { Change } from "@/lib/editor/diff";
import { RestoreButton } from "@/components/editor/restore-button";
import { Link } from "@/components/localized-link";
import { resolvePageLocale } from "@/i18n/locale";
import { routeId } from "@/lib/http/params";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { getEditorOptions, listRevisions } from "@/lib/editor/queries";

export const dynamic = "force-dynamic";


type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("history.title"), robots: { index: false } };
}

export default async function HistoryPage({ params }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolvePageLocale(rawLocale);
  const staff = await requireStaff(locale, `/${locale}/editor/agreements/${rawId}/history`);
  const id = routeId(rawId);
  const agreement = id === null ? null : await getDb().agreement.findUnique({ where: { id }, select: { id: true, titleTh: true, titleEn: true, titleJa: true, version: true } });
  if (!agreement) notFound();
  const [revisions, options] = await Promise.all([listRevisions(agreement.id), getEditorOptions()]);
  const t = await getTranslations("Editor");
  const format = await getFormatter();
  return (
    <div className="flex flex-col gap-4">
      <div>
        <p className="text-sm text-muted">{t("history.title")}</p>
        <h1 className="text-2xl font-semibold"><LocalizedText value={{ th: agreement.titleTh, en: agreement.titleEn, ja: agreement.titleJa }} locale={locale} name /></h1>
        <Link href={`/editor/agreements/${agreement.id}`} className="text-sm text-brand underline">
          {t("history.back")}
        </Link>
      </div>
      <ol className="flex flex-col gap-4" data-testid="revisions">
        {revisions.map((r) => (
          <li key={r.id} className="rounded border border-line bg-paper p-4" data-testid={`revision-${r.version}`}>
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="font-semibold">
                {t("history.revision", { version: r.version, action: t(`history.actions.${r.action}`) })}
                {r.restoredFromVersion ? ` · ${t("history.restoredFrom", { version: r.restoredFromVersion })}` : ""}
              </h2>
              {can(staff.role, "edit") && r.version !== agreement.version && r.action !== "PUBLISH" && r.action !== "UNPUBLISH" && r.action !== "ARCHIVE" ? (
                <RestoreButton agreementId={agreement.id} currentVersion={agreement.version} revision={r.version} />
              ) : null}
            </div>
            <p className="text-sm text-muted">
              {t("history.by", { who: r.actorEmail ?? t("history.system"), when: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
            </p>
            <details open={r.version === agreement.version}>
              <summary className="cursor-pointer text-sm text-brand">
                {r.action === "IMPORT" || r.action === "CREATE" ? t("history.initialContent") : t("history.changes", { count: (r.changes as unknown as Change[]).length })}
              </summary>
              <ChangeList changes={r.changes as unknown as Change[]} options={options} emptyText={t("history.noChanges")} initial={r.action === "IMPORT" || r.action === "CREATE"} />
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
