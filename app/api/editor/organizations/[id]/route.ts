import { updateOrganization } from "@/lib/entities/edit";
import { entityUpdateRoute } from "@/lib/entities/routes";
import { organizationInputSchema } from "@/lib/entities/schemas";

/** Corrects an organization's names, abbreviation, country or predecessor, for every record naming it. */
export const POST = entityUpdateRoute("organization", organizationInputSchema, updateOrganization);
