import { z } from "zod";
import { handleWrite, writeError, written } from "@/lib/api/write";
import { getDb } from "@/lib/db/client";
import { addSynonyms, deleteSynonyms, synonymSetSchema } from "@/lib/search/synonyms";

export const dynamic = "force-dynamic";

const bodySchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("add"), input: z.unknown() }),
  z.object({ action: z.literal("delete"), id: z.number().int().min(1).max(2_147_483_647) }),
]);

// Search results are public lists: a change to the synonyms expires them, as a record's save does.
const LISTS_CHANGED = { slugs: [], public: true };

/** Adds a synonym set ({action: "add", input: {terms}}) or deletes one ({action: "delete", id}). */
export async function POST(request: Request) {
  return handleWrite(request, { permission: "edit", body: bodySchema }, async (_staff, body) => {
    if (body.action === "delete") {
      if (!(await deleteSynonyms(getDb(), body.id))) return writeError(404, "notFound");
      return written({ deleted: body.id }, { action: "synonyms.delete", target: `synonyms:${body.id}` }, { changed: LISTS_CHANGED });
    }
    const parsed = synonymSetSchema.safeParse(body.input);
    if (!parsed.success) {
      const fieldErrors: Record<string, string> = {};
      for (const issue of parsed.error.issues) fieldErrors[issue.path.join(".") || "terms"] ??= issue.message;
      return writeError(422, "invalid", { fieldErrors });
    }
    const set = await addSynonyms(getDb(), parsed.data.terms);
    return written(set, { action: "synonyms.add", target: `synonyms:${set.id}`, details: { terms: set.terms } }, { status: 201, changed: LISTS_CHANGED });
  });
}
