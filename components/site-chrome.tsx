import { useTranslations } from "next-intl";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { pageScript } from "@/lib/browser/page-script";

/** Everything inside <body> around a page's content, for both of Next's routers. */
export function SiteChrome({ languageSwitch, children }: { languageSwitch: React.ReactNode; children: React.ReactNode }) {
  const t = useTranslations("Navigation");
  return (
    <>
      {/* First in <body>: it only listens on the document and finds the search box when "/" is pressed, so it
          works while the rest of a long page is still being parsed (a slow phone can take seconds to reach the end). */}
      <script dangerouslySetInnerHTML={{ __html: pageScript }} />
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-paper focus:px-3 focus:py-2">
        {t("skipToContent")}
      </a>
      <SiteHeader languageSwitch={languageSwitch} />
      <main id="main" className="mx-auto w-full max-w-5xl px-4 py-8 sm:px-6">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
