import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { Link } from "@/components/localized-link";
import { can } from "@/lib/auth/roles";
import { currentStaff } from "@/lib/auth/page-guard";
import { clientMessages } from "@/lib/i18n/client-messages";

// Staff pages: each page checks the session itself (requireStaff); this
// layout only adds the staff bar and the messages the forms need.
export default async function EditorLayout({ children }: { children: ReactNode }) {
  const staff = await currentStaff();
  const t = await getTranslations("Editor");
  const tw = await getTranslations("Watch");
  const ts = await getTranslations("Synonyms");
  return (
    <NextIntlClientProvider messages={await clientMessages("Editor", "SignIn", "Reminders", "Common")}>
      {staff ? (
        <nav aria-label={t("staffNav")} className="mb-6 flex flex-wrap items-center gap-4 rounded border border-line bg-brand-soft px-3 py-2 text-sm">
          <Link href="/editor" className="font-semibold text-brand underline">
            {t("records")}
          </Link>
          <Link href="/editor/sources" className="text-brand underline">
            {t("sources.title")}
          </Link>
          <Link href="/editor/organizations" className="text-brand underline">
            {t("entities.organizations.title")}
          </Link>
          <Link href="/editor/people" className="text-brand underline">
            {t("entities.people.title")}
          </Link>
          <Link href="/editor/scope-areas" className="text-brand underline">
            {t("entities.scopeAreas.title")}
          </Link>
          <Link href="/editor/synonyms" className="text-brand underline">
            {ts("navLink")}
          </Link>
          <Link href="/editor/watch" className="text-brand underline">
            {tw("staffNavLink")}
          </Link>
          <Link href="/editor/account" className="text-brand underline">
            {t("accountLink")}
          </Link>
          {can(staff.role, "manage-users") ? (
            <>
              <Link href="/editor/users" className="text-brand underline">
                {t("users.title")}
              </Link>
              <Link href="/editor/audit" className="text-brand underline">
                {t("auditLink")}
              </Link>
            </>
          ) : null}
          <span className="ml-auto" data-testid="signed-in-as">
            {t("signedInAs", { email: staff.email, role: t(`roles.${staff.role}`) })}
          </span>
          <SignOutButton />
        </nav>
      ) : null}
      {children}
    </NextIntlClientProvider>
  );
}
