"use client";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

export function SignOutButton() {
  const t = useTranslations("SignIn");
  const locale = useLocale();
  const router = useRouter();
  async function signOut() {
    await fetch("/api/auth/sign-out", { method: "POST", headers: { "content-type": "application/json" }, body: "{}" }).catch(() => null);
    router.push(`/${locale}`);
    // Drops the staff pages from the router's cache.
    router.refresh();
  }
  return (
    <button type="button" onClick={() => void signOut()} className="rounded border border-line px-2 py-0.5 text-sm hover:bg-wash">
      {t("signOut")}
    </button>
  );
}
