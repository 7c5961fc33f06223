// The Atom feed of a language: the latest entries, newest first, written by
// the `feed` package. Built from the cached summaries and cached itself as
// text (lib/cache/public-reads.ts), so a reader polling it costs no rendering.
import { Feed } from "feed";
import { createTranslator } from "next-intl";
import type { AgreementSummary } from "@/lib/agreements/views";
import type { Locale } from "@/i18n/routing";
import { messagesFor } from "@/lib/i18n/messages";
import { nameIn, pick } from "@/lib/i18n/pick";

export function atomFeed(items: AgreementSummary[], locale: Locale, origin: string): string {
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "Metadata" });
  const tk = createTranslator({ locale, messages, namespace: "Kind" });
  const author = { name: t("siteName"), link: `${origin}/${locale}` };
  const feed = new Feed({
    id: `${origin}/${locale}`,
    link: `${origin}/${locale}`,
    title: t("siteName"),
    description: t("homeDescription"),
    language: locale,
    copyright: "",
    updated: items[0] ? new Date(items[0].updatedAt) : new Date(0),
    feedLinks: { atom: `${origin}/${locale}/feed.xml` },
    // RFC 4287 §4.1.1: a feed (or each entry) names an author. The entries
    // are the registry's records, written by its editors: the registry is
    // named on the feed and on each entry, so an entry read alone has one too.
    author,
  });
  for (const a of items) {
    feed.addItem({
      id: `${origin}/${locale}/agreements/${a.slug}`,
      link: `${origin}/${locale}/agreements/${a.slug}`,
      // A Japanese feed names a record without a Japanese title by its English one (Atom has no per-entry language label).
      title: nameIn(a.title, locale),
      description: pick(a.summary, locale)?.text ?? undefined,
      category: [{ name: tk(a.kind) }],
      date: new Date(a.updatedAt),
      author: [author],
    });
  }
  // The feed package writes no xml:lang for Atom: added, so readers know the entries' language.
  return feed.atom1().replace(/<feed (?=xmlns)/, `<feed xml:lang="${locale}" `);
}
