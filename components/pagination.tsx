import { useTranslations } from "next-intl";
import { Link } from "@/components/localized-link";

/** Previous / "page N of M" / next, for any paged public list. */
export function Pagination({ pathname, query, page, totalPages }: { pathname: string; query: Record<string, string>; page: number; totalPages: number }) {
  const t = useTranslations("AgreementList");
  if (totalPages <= 1) return null;
  const at = (n: number) => ({ pathname, query: n > 1 ? { ...query, page: String(n) } : query });
  return (
    <nav aria-label={t("pagination")} className="mt-6 flex items-center justify-between" data-testid="pagination">
      {page > 1 ? (
        <Link href={at(page - 1)} className="text-brand underline" rel="prev">
          ← {t("previous")}
        </Link>
      ) : (
        <span />
      )}
      <span className="text-sm text-muted">{t("pageOf", { page, total: totalPages })}</span>
      {page < totalPages ? (
        <Link href={at(page + 1)} className="text-brand underline" rel="next">
          {t("next")} →
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
