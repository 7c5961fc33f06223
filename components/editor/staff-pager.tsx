// Previous / next for the staff lists, which keep their filters in the address.
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/localized-link";

export async function StaffPager({ page, pages, href, testId }: { page: number; pages: number; href: (page: number) => string; testId?: string }) {
  if (pages <= 1) return null;
  const tl = await getTranslations("AgreementList");
  return (
    <nav aria-label={tl("pageOf", { page, total: pages })} className="flex items-center gap-3 text-sm" data-testid={testId}>
      {page > 1 ? (
        <Link href={href(page - 1)} rel="prev" className="text-brand underline">
          {tl("previous")}
        </Link>
      ) : null}
      <span>{tl("pageOf", { page, total: pages })}</span>
      {page < pages ? (
        <Link href={href(page + 1)} rel="next" className="text-brand underline">
          {tl("next")}
        </Link>
      ) : null}
    </nav>
  );
}
