import { updatePerson } from "@/lib/entities/edit";
import { entityUpdateRoute } from "@/lib/entities/routes";
import { personInputSchema } from "@/lib/entities/schemas";

/** Corrects a person's names, for every record naming them. */
export const POST = entityUpdateRoute("person", personInputSchema, updatePerson);
