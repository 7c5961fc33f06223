import { cache } from "react";
import { getDb } from "@/lib/db/client";
import { isSlug } from "@/lib/http/params";

export const getScopeArea = cache(async (key: string) => (isSlug(key) ? getDb().scopeArea.findUnique({ where: { key } }) : null));
