import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { listAgreementViews } from "@/lib/agreements/views";
import { requestOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";

// Every public page in both languages, each naming its other-language twin.
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const origin = await requestOrigin();
  const agreements = await listAgreementViews();
  const scopeKeys = [...new Set(agreements.flatMap((a) => a.scopeAreas.map((s) => s.key)))];
  const orgSlugs = [...new Set(agreements.flatMap((a) => a.parties.map((p) => p.slug)))];
  const lastUpdated = agreements.map((a) => a.updatedAt).sort().at(-1);
  const pages: Array<{ path: string; lastModified?: string }> = [
    { path: "", lastModified: lastUpdated },
    { path: "/agreements", lastModified: lastUpdated },
    ...agreements.map((a) => ({ path: `/agreements/${a.slug}`, lastModified: a.updatedAt })),
    ...scopeKeys.map((k) => ({ path: `/scope-areas/${k}` })),
    ...orgSlugs.map((s) => ({ path: `/organizations/${s}` })),
  ];
  return pages.flatMap(({ path, lastModified }) =>
    routing.locales.map((locale) => ({
      url: `${origin}/${locale}${path}`,
      lastModified,
      alternates: { languages: Object.fromEntries(routing.locales.map((l) => [l, `${origin}/${l}${path}`])) },
    })),
  );
}
