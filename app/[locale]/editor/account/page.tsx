import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CalendarLink } from "@/components/editor/calendar-link";
import { OwnPasswordForm } from "@/components/editor/own-password";
import { ReminderSettingsForm } from "@/components/editor/reminder-settings";
import { resolvePageLocale } from "@/i18n/locale";
import { isLocale } from "@/i18n/locales";
import { MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import { requireStaff } from "@/lib/auth/page-guard";
import { activeCalendarToken } from "@/lib/calendar/tokens";
import { getDb } from "@/lib/db/client";
import { DEFAULT_ALERT_DAYS } from "@/lib/reminders/reminders";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Editor.account" });
  return { title: t("title"), robots: { index: false } };
}

/** A staff member's own settings: password, private deadlines calendar, e-mail reminders. */
export default async function AccountPage({ params }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const staff = await requireStaff(locale, `/${locale}/editor/account`);
  const t = await getTranslations("Editor.account");
  const tr = await getTranslations("Reminders");
  const [active, settings] = await Promise.all([activeCalendarToken(getDb(), staff.id), getDb().reminderSettings.findUnique({ where: { userId: staff.id } })]);
  return (
    <div className="flex max-w-3xl flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <AccountSection id="password" heading={t("passwordHeading")} intro={t("passwordIntro")}>
        <OwnPasswordForm minLength={MIN_PASSWORD_LENGTH} />
      </AccountSection>
      <AccountSection id="calendar" heading={t("calendarHeading")} intro={t("calendarIntro")}>
        <CalendarLink locale={locale} hasActive={active !== null} />
      </AccountSection>
      <AccountSection id="reminders" heading={tr("settingsHeading")}>
        <ReminderSettingsForm
          initial={{ language: settings && isLocale(settings.language) ? settings.language : locale, weeklyDigest: settings?.weeklyDigest ?? false, alertDays: settings?.alertDays ?? DEFAULT_ALERT_DAYS }}
          smtpConfigured={Boolean(process.env.SMTP_URL)}
        />
      </AccountSection>
    </div>
  );
}

/** One part of the account page: a heading, an optional introduction, its form. */
function AccountSection({ id, heading, intro, children }: { id: string; heading: string; intro?: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={`${id}-heading`} className="rounded border border-line bg-paper p-4">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {heading}
      </h2>
      {intro ? <p className="mt-2">{intro}</p> : null}
      <div className="mt-4">{children}</div>
    </section>
  );
}
