import { mergePerson } from "@/lib/entities/edit";
import { entityMergeRoute } from "@/lib/entities/routes";

/** Merges person `mergeId` (another spelling of the same person) into this one. */
export const POST = entityMergeRoute("person", mergePerson);
