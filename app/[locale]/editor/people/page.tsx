import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { EntityList } from "@/components/editor/entity-page";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { listHref, listParams } from "@/lib/editor/list-params";
import { listEntities } from "@/lib/entities/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ q?: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("entities.people.title"), robots: { index: false } };
}

export default async function PeoplePage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const { q, page } = listParams(await searchParams);
  await requireStaff(locale, `/${locale}${listHref("/editor/people", { q, page })}`);
  const t = await getTranslations("Editor");
  const list = await listEntities("person", q, page);
  return <EntityList locale={locale} base="/editor/people" title={t("entities.people.title")} intro={t("entities.people.intro")} q={q} page={page} {...list} />;
}
