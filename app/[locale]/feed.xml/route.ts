import { Feed } from "feed";
import { hasLocale } from "next-intl";
import { getTranslations } from "next-intl/server";
import { routing } from "@/i18n/routing";
import { cacheable } from "@/lib/api/http";
import { jsonError, withDatabase } from "@/lib/api/responses";
import { cacheDay } from "@/lib/cache/day";
import { publicFeedEntries } from "@/lib/cache/public-reads";

// Readers poll feeds; the latest entries are what they need, at any size.
const FEED_ENTRIES = 50;
import { requestOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";


/** Atom feed of the latest 50 published agreements, most recently published or updated first. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return jsonError(404, "not_found", "No such feed.");
  return withDatabase(async () => {
    const origin = await requestOrigin(request);
    const t = await getTranslations({ locale, namespace: "Metadata" });
    const tk = await getTranslations({ locale, namespace: "Kind" });
    const items = await publicFeedEntries(FEED_ENTRIES, cacheDay().today);
    const feed = new Feed({
      id: `${origin}/${locale}`,
      link: `${origin}/${locale}`,
      title: t("siteName"),
      description: t("homeDescription"),
      language: locale,
      copyright: "",
      updated: items[0] ? new Date(items[0].updatedAt) : new Date(0),
      feedLinks: { atom: `${origin}/${locale}/feed.xml` },
    });
    for (const a of items) {
      feed.addItem({
        id: `${origin}/${locale}/agreements/${a.slug}`,
        link: `${origin}/${locale}/agreements/${a.slug}`,
        title: a.title[locale],
        description: a.summary?.[locale] ?? undefined,
        category: [{ name: tk(a.kind) }],
        date: new Date(a.updatedAt),
      });
    }
    return cacheable(request, feed.atom1(), "application/atom+xml; charset=utf-8");
  });
}
