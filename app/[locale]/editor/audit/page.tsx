import type { Metadata } from "next";
import { ActorName } from "@/components/editor/actor-name";
import { getFormatter, getTranslations } from "next-intl/server";
import { Pagination } from "@/components/pagination";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { AUDIT_KINDS, auditFilterOf, auditPage } from "@/lib/audit/log";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ kind?: string; q?: string; page?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("audit.title"), robots: { index: false } };
}

/** Every staff write, newest first: who, when, from where, what. Admins only; read-only. */
export default async function AuditPage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const query = await searchParams;
  const filter = auditFilterOf(query);
  const requested = Number(query.page ?? "1");
  const page = Number.isInteger(requested) && requested >= 1 && requested <= 10_000 ? requested : 1;
  const staff = await requireStaff(locale, `/${locale}/editor/audit`);
  const t = await getTranslations("Editor");
  if (!can(staff.role, "manage-users")) return <p className="rounded border border-line bg-brand-soft p-4">{t("notAllowed")}</p>;
  const format = await getFormatter();
  const { entries, total, totalPages } = await auditPage(getDb(), filter, page);
  const filterQuery: Record<string, string> = { ...(filter.kind ? { kind: filter.kind } : {}), ...(filter.q ? { q: filter.q } : {}) };
  const exportHref = `/api/editor/audit${Object.keys(filterQuery).length ? `?${new URLSearchParams(filterQuery)}` : ""}`;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("audit.title")}</h1>
      <p className="text-sm text-muted">{t("audit.intro")}</p>
      <form method="get" action={`/${locale}/editor/audit`} className="flex flex-wrap items-end gap-2" role="search" aria-label={t("audit.filter")}>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-kind" className="text-sm font-semibold">
            {t("audit.kind")}
          </label>
          <select id="audit-kind" name="kind" defaultValue={filter.kind ?? ""} className="rounded border border-line bg-paper px-2 py-1 text-sm">
            <option value="">{t("audit.allKinds")}</option>
            {AUDIT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`audit.kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-1">
          <label htmlFor="audit-q" className="text-sm font-semibold">
            {t("audit.search")}
          </label>
          <input id="audit-q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} className="w-full rounded border border-line bg-paper px-2 py-1 text-sm sm:w-72" />
        </div>
        <button type="submit" className="rounded border border-brand px-3 py-1 text-sm font-semibold text-brand">
          {t("find")}
        </button>
        <a href={exportHref} className="ml-auto text-sm text-brand underline" download>
          {t("audit.export")}
        </a>
      </form>
      <p className="text-sm" data-testid="audit-total">
        {t("audit.total", { count: total })}
      </p>
      {entries.length === 0 ? (
        <p className="rounded border border-line bg-paper p-4">{t("audit.empty")}</p>
      ) : (
        // A wide table scrolls sideways on a phone: the region takes focus so
        // the keyboard can scroll it too.
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("audit.title")}>
          <table className="w-full border-collapse bg-paper text-sm" data-testid="audit-table">
            <thead>
              <tr className="border-b border-line text-left">
                <th scope="col" className="p-2">{t("audit.when")}</th>
                <th scope="col" className="p-2">{t("audit.who")}</th>
                <th scope="col" className="p-2">{t("audit.from")}</th>
                <th scope="col" className="p-2">{t("audit.what")}</th>
                <th scope="col" className="p-2">{t("audit.target")}</th>
                <th scope="col" className="p-2">{t("audit.details")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.id} className="border-b border-line align-top">
                  <td className="whitespace-nowrap p-2">{format.dateTime(e.at, { dateStyle: "medium", timeStyle: "medium", timeZone: "Asia/Bangkok" })}</td>
                  <td className="p-2">
                    <ActorName email={e.actorEmail} />
                  </td>
                  <td className="p-2">{e.client ? <code>{e.client}</code> : t("audit.unknownClient")}</td>
                  <td className="p-2">
                    {t.has(`audit.actions.${e.action}`) ? <span className="block">{t(`audit.actions.${e.action}`)}</span> : null}
                    <code className="text-xs text-muted">{e.action}</code>
                  </td>
                  <td className="p-2">
                    <code>{e.target}</code>
                  </td>
                  <td className="max-w-md break-words p-2 font-mono text-xs">
                    <code>{JSON.stringify(e.details)}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination pathname="/editor/audit" query={filterQuery} page={Math.min(page, totalPages)} totalPages={totalPages} />
    </div>
  );
}
