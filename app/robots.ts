import type { MetadataRoute } from "next";
import { routing } from "@/i18n/routing";
import { siteOrigin } from "@/lib/http/origin";

export const dynamic = "force-dynamic";


// Staff pages ask not to be indexed (their own metadata says so too).
const STAFF_PATHS = [...routing.locales.flatMap((l) => [`/${l}/editor`, `/${l}/sign-in`]), "/api/editor/", "/api/auth/"];

export default async function robots(): Promise<MetadataRoute.Robots> {
  const origin = siteOrigin();
  return { rules: [{ userAgent: "*", allow: "/", disallow: STAFF_PATHS }], sitemap: `${origin}/sitemap.xml` };
}
