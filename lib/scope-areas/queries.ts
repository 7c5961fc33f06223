import { cache } from "react";
import { getDb } from "@/lib/db/client";

export const getScopeArea = cache(async (key: string) => getDb().scopeArea.findUnique({ where: { key } }));
