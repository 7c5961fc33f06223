import { Head, Html, Main, NextScript, type DocumentProps } from "next/document";
import { defaultLocale, locales } from "@/i18n/locales";

// The HTML shell of the Pages Router, which serves only the agreement page
// (see pages/[locale]/agreements/[slug].tsx); every other page has its shell
// in app/[locale]/layout.tsx. The language comes from the address.
export default function Document({ __NEXT_DATA__ }: DocumentProps) {
  const requested = __NEXT_DATA__.query.locale;
  const locale = locales.find((l) => l === requested) ?? defaultLocale;
  return (
    <Html lang={locale}>
      <Head />
      <body className="min-h-screen font-sans antialiased">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
