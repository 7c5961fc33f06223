import { mergeScopeArea } from "@/lib/entities/edit";
import { entityMergeRoute } from "@/lib/entities/routes";

/** Merges scope area `mergeId` into this one, with the records' citations. */
export const POST = entityMergeRoute("scope-area", mergeScopeArea);
