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
import { personRecords, personValues } from "@/lib/entities/edit";
import { listParams } from "@/lib/editor/list-params";
import { entityHistory, personMergeCandidates, recordsById } from "@/lib/entities/queries";
import { routeId } from "@/lib/http/params";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string; id: string }>; searchParams: Promise<{ q?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("entities.people.one"), robots: { index: false } };
}

/**
 * One person: their names, and merging another spelling of the same person
 * into them (people with similar names are offered; any other can be found).
 */
export default async function PersonEditPage({ params, searchParams }: Props) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolvePageLocale(rawLocale);
  const staff = await requireStaff(locale, `/${locale}/editor/people/${rawId}`);
  const id = routeId(rawId);
  const person = id === null ? null : await getDb().person.findUnique({ where: { id } });
  if (!person) notFound();
  const { q } = listParams(await searchParams);
  const t = await getTranslations("Editor");
  const [records, history, candidates] = await Promise.all([personRecords(getDb(), person.id).then(recordsById), entityHistory("person", person.id), personMergeCandidates(person.id, q)]);
  const canEdit = can(staff.role, "edit");
  const name = nameIn({ th: person.nameTh, en: person.nameEn, ja: person.nameJa }, locale);
  return (
    <div className="flex flex-col gap-5">
      <div>
        <p className="text-sm">
          <Link href="/editor/people" className="text-brand underline">
            {t("entities.people.title")}
          </Link>
        </p>
        <h1 className="text-2xl font-semibold">{name}</h1>
      </div>
      <AffectedRecords locale={locale} records={records} />
      <EntityForm
        version={person.version}
        endpoint={`/api/editor/people/${person.id}`}
        title={t("sources.details")}
        canEdit={canEdit}
        recordCount={records.length}
        initial={personValues(person)}
        fields={[
          { name: "nameTh", label: t("fields.personTh"), required: true, lang: "th" },
          { name: "nameEn", label: t("fields.personEn"), required: true, lang: "en" },
          { name: "nameJa", label: t("entities.nameJa"), lang: "ja", hint: t("entities.personJaHint") },
        ]}
      />
      {canEdit ? (
        <>
          <form method="get" action={`/${locale}/editor/people/${person.id}`} role="search" aria-label={t("entities.people.findOther")} className="flex flex-wrap gap-2">
            <label htmlFor="merge-q" className="text-sm font-semibold">
              {t("entities.people.findOther")}
            </label>
            <input id="merge-q" name="q" type="search" defaultValue={q} maxLength={200} className="w-full rounded border border-line bg-paper px-2 py-1 text-sm sm:w-72" />
            <button type="submit" className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
              {t("find")}
            </button>
          </form>
          <MergeCandidates locale={locale} endpoint={`/api/editor/people/${person.id}/merge`} keepName={name} candidates={candidates} explain={t("entities.people.mergeExplain")} />
        </>
      ) : null}
      <EntityHistory history={history} />
    </div>
  );
}
