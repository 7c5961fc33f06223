// The sitemap: every public page in every language, each naming the others.
// Past 10,000 URLs (half the protocol's 50,000 limit, so each file stays a
// few megabytes) /sitemap.xml becomes an index of parts: part 0 holds the
// fixed pages, scope areas and organizations, the rest the agreements, in id
// order, a fixed number each. XML is written by fast-xml-parser's builder.
import { XMLBuilder } from "fast-xml-parser";
import { routing } from "@/i18n/routing";
import { getDb } from "@/lib/db/client";

export const MAX_URLS = 10_000;

interface Page {
  path: string;
  lastModified?: string;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: "@_", format: true, suppressEmptyNode: true });
const xml = (body: object) => `<?xml version="1.0" encoding="UTF-8"?>\n${builder.build(body)}`;

function urlset(origin: string, pages: Page[]): string {
  const url = pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      loc: `${origin}/${locale}${path}`,
      ...(lastModified ? { lastmod: lastModified } : {}),
      "xhtml:link": routing.locales.map((l) => ({ "@_rel": "alternate", "@_hreflang": l, "@_href": `${origin}/${l}${path}` })),
    })),
  );
  return xml({ urlset: { "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", "@_xmlns:xhtml": "http://www.w3.org/1999/xhtml", url } });
}

const publicAgreement = { publicationState: "PUBLISHED", visibility: "PUBLIC" } as const;

/** The fixed pages, and the scope areas, organizations and sources that have public agreements. */
async function fixedPages(): Promise<Page[]> {
  const db = getDb();
  const [latest, scopes, orgs, sources] = await Promise.all([
    db.agreement.findFirst({ where: publicAgreement, orderBy: { updatedAt: "desc" }, select: { updatedAt: true } }),
    db.scopeArea.findMany({ where: { agreements: { some: { agreement: publicAgreement } } }, select: { key: true }, orderBy: { key: "asc" } }),
    db.organization.findMany({ where: { parties: { some: { agreement: publicAgreement } } }, select: { slug: true }, orderBy: { slug: "asc" } }),
    // A source's page is public while a public record cites it (lib/sources/queries.ts).
    db.source.findMany({ where: { citations: { some: { agreement: publicAgreement } } }, select: { key: true }, orderBy: { key: "asc" } }),
  ]);
  const lastModified = latest?.updatedAt.toISOString();
  return [
    { path: "", lastModified },
    { path: "/agreements", lastModified },
    { path: "/timeline" },
    { path: "/expiring" },
    { path: "/api" },
    ...scopes.map((s) => ({ path: `/scope-areas/${s.key}` })),
    ...orgs.map((o) => ({ path: `/organizations/${o.slug}` })),
    ...sources.map((s) => ({ path: `/sources/${s.key}` })),
  ];
}

async function agreementPages(skip: number, take: number): Promise<Page[]> {
  const rows = await getDb().agreement.findMany({ where: publicAgreement, select: { slug: true, updatedAt: true }, orderBy: { id: "asc" }, skip, take });
  return rows.map((a) => ({ path: `/agreements/${a.slug}`, lastModified: a.updatedAt.toISOString() }));
}

/** Agreements per part: each is listed once per language, and a part holds at most `maxUrls` addresses. */
const agreementsPerPart = (maxUrls: number) => Math.floor(maxUrls / routing.locales.length);

/** /sitemap.xml: the whole sitemap, or an index of its parts. */
export async function sitemapXml(origin: string, maxUrls = MAX_URLS): Promise<string> {
  const [fixed, count] = await Promise.all([fixedPages(), getDb().agreement.count({ where: publicAgreement })]);
  if ((fixed.length + count) * routing.locales.length <= maxUrls) return urlset(origin, [...fixed, ...(await agreementPages(0, count))]);
  const parts = 1 + Math.ceil(count / agreementsPerPart(maxUrls));
  return xml({ sitemapindex: { "@_xmlns": "http://www.sitemaps.org/schemas/sitemap/0.9", sitemap: Array.from({ length: parts }, (_, n) => ({ loc: `${origin}/sitemaps/${n}.xml` })) } });
}

/** /sitemaps/{n}.xml, or null when there is no such part. */
export async function sitemapPartXml(origin: string, part: number, maxUrls = MAX_URLS): Promise<string | null> {
  if (part === 0) return urlset(origin, await fixedPages());
  const perPart = agreementsPerPart(maxUrls);
  const pages = await agreementPages((part - 1) * perPart, perPart);
  return pages.length ? urlset(origin, pages) : null;
}
