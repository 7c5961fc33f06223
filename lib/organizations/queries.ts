import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { isSlug } from "@/lib/http/params";

export const getOrganization = cache(async (slug: string) =>
  !isSlug(slug) ? null : getDb().organization.findUnique({ where: { slug }, include: { predecessor: true, successors: true } }),
);
