import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UserAdmin } from "@/components/editor/user-admin";
import { resolvePageLocale } from "@/i18n/locale";
import { requireStaff } from "@/lib/auth/page-guard";
import { can } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { lockedAccounts } from "@/lib/auth/failed-sign-ins";

export const dynamic = "force-dynamic";


type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor" });
  return { title: t("users.title"), robots: { index: false } };
}

export default async function UsersPage({ params }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const staff = await requireStaff(locale, `/${locale}/editor/users`);
  const t = await getTranslations("Editor");
  if (!can(staff.role, "manage-users")) return <p className="rounded border border-line bg-brand-soft p-4">{t("notAllowed")}</p>;
  const rows = await getDb().user.findMany({ orderBy: { email: "asc" }, select: { id: true, email: true, name: true, role: true, banned: true } });
  // Clients refused by an account after repeated failed sign-ins: how many, and for how long.
  const locked = await lockedAccounts(rows.map((u) => u.email));
  const users = rows.map((u) => ({ ...u, lockedSeconds: locked.get(u.email)?.seconds ?? 0, lockedClients: locked.get(u.email)?.clients ?? 0 }));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("users.title")}</h1>
      <UserAdmin users={users} selfId={staff.id} />
    </div>
  );
}
