import { cacheable } from "@/lib/http/cacheable";
import { withDatabase } from "@/lib/http/errors";
import { siteOrigin } from "@/lib/http/origin";
import { publicSitemap } from "@/lib/cache/public-reads";

export const dynamic = "force-dynamic";


export async function GET(request: Request) {
  return withDatabase(async () => cacheable(request, await publicSitemap(siteOrigin()), "application/xml; charset=utf-8"));
}
