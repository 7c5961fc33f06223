import { updateScopeArea } from "@/lib/entities/edit";
import { entityUpdateRoute } from "@/lib/entities/routes";
import { scopeAreaInputSchema } from "@/lib/entities/schemas";

/** Corrects a scope area's labels, for every record listing it. */
export const POST = entityUpdateRoute("scope-area", scopeAreaInputSchema, updateScopeArea);
