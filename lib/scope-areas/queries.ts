import { cache } from "react";
import { publicWhere } from "@/lib/agreements/queries";
import { getDb } from "@/lib/db/client";
import { isSlug } from "@/lib/http/params";

/** A scope area with a public page: one that a published public record covers (one made in a draft is not public until then). */
export const getScopeArea = cache(async (key: string) => (isSlug(key) ? getDb().scopeArea.findFirst({ where: { key, agreements: { some: { agreement: publicWhere } } } }) : null));
