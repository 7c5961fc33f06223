import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { resolvePageLocale } from "@/i18n/locale";
import { currentStaff } from "@/lib/auth/page-guard";
import { signInNext } from "@/lib/auth/sign-in-next";
import { clientMessages } from "@/lib/i18n/client-messages";

export const dynamic = "force-dynamic";


type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; error?: string; retry?: string }> };
const ERRORS = ["missing", "wrong", "tooMany", "deactivated", "failed"] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return { title: t("title"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const locale = resolvePageLocale((await params).locale);
  const query = await searchParams;
  // Only a path on this site: never an open redirect to another origin.
  const next = signInNext(query.next, locale);
  if (await currentStaff()) redirect(next);
  const t = await getTranslations("SignIn");
  // Why a sign-in sent without the page's script (app/api/sign-in) failed.
  const code = ERRORS.find((e) => e === query.error);
  const error = code ? (code === "tooMany" ? t("tooMany", { seconds: Math.max(1, Number(query.retry) || 60) }) : t(code)) : null;
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-semibold">{t("title")}</h1>
      <p className="max-w-prose text-muted">{t("intro")}</p>
      <NextIntlClientProvider messages={await clientMessages("SignIn")}>
        <SignInForm next={next} initialError={error} />
      </NextIntlClientProvider>
    </div>
  );
}
