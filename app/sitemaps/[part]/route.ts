import { cacheable } from "@/lib/http/cacheable";
import { jsonError, withDatabase } from "@/lib/http/errors";
import { siteOrigin } from "@/lib/http/origin";
import { publicSitemapPart } from "@/lib/cache/public-reads";

export const dynamic = "force-dynamic";


/** One part of the sitemap index: /sitemaps/0.xml, /sitemaps/1.xml, … */
export async function GET(request: Request, { params }: { params: Promise<{ part: string }> }) {
  const match = /^(\d{1,6})\.xml$/.exec((await params).part);
  if (!match) return jsonError(404, "not_found", "No such sitemap.");
  return withDatabase(async () => {
    const body = await publicSitemapPart(siteOrigin(), Number(match[1]));
    return body === null ? jsonError(404, "not_found", "No such sitemap.") : cacheable(request, body, "application/xml; charset=utf-8");
  });
}
