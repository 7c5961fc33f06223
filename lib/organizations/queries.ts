import { cache } from "react";
import { getDb } from "@/lib/db/client";

export const getOrganization = cache(async (slug: string) =>
  getDb().organization.findUnique({ where: { slug }, include: { predecessor: true, successors: true } }),
);
