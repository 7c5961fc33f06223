import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { WatchList } from "@/components/watch-list";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { watchCounts, watchPage } from "@/lib/agreements/watch";
import { parseWatchParams } from "@/lib/agreements/watch-params";
import { getDb } from "@/lib/db/client";
import { todayInBangkok } from "@/lib/dates/partial-date";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Watch" });
  return { title: t("staffTitle"), robots: { index: false } };
}

/** Staff's worklist: every record that is not archived, drafts and internal ones too; never cached. */
export default async function StaffWatchPage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const { view, months, page } = parseWatchParams(await searchParams);
  await requireStaff(locale, `/${locale}/editor/watch`);
  const t = await getTranslations("Watch");
  const db = getDb();
  const today = todayInBangkok();
  const [{ rows, total }, counts] = await Promise.all([watchPage(db, view, "staff", months, page, today), watchCounts(db, "staff", months, today)]);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("staffTitle")}</h1>
      <p>{t("staffIntro")}</p>
      <WatchList audience="staff" basePath="/editor/watch" view={view} months={months} page={page} data={{ rows, total, counts }} />
    </div>
  );
}
