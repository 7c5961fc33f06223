// The 404 page as the server draws it, for readers without JavaScript. Next
// answers a notFound() from a page with an empty document whose content
// only its client script draws (<html id="__next_error__">: vercel/next.js
// #62228, #98954), so a reader without JavaScript, a screen reader before
// hydration or a crawler saw a blank page with no language. The server
// (lib/server/not-found-page.mjs) puts this page in the 404's place. Only
// the server itself may ask for it (the per-process secret of
// lib/server/refresh.mjs); to anyone else it is not found, like any other
// unknown address.
import type { Metadata } from "next";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { NotFoundNotice } from "@/components/not-found-notice";
import { resolvePageLocale } from "@/i18n/locale";
import type { Locale } from "@/i18n/routing";
import { isOwnRequest } from "@/lib/server/refresh.mjs";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = resolvePageLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: "NotFound" });
  return { title: t("heading"), robots: { index: false } };
}

export default async function NotFoundPage() {
  if (!isOwnRequest(await headers())) notFound();
  return <NotFoundNotice />;
}
