// The bodies of the editor's write endpoints (app/api/editor/…). A record's
// values (`input`) are checked by the form's schema in the write gate, which
// answers 422 with field errors where they do not fit.
import { z } from "zod";
import { PUBLICATION_ACTIONS } from "@/lib/editor/publication";
import { MAX_ID } from "@/lib/http/params";

const version = z.number().int().positive().max(MAX_ID);

export const createRequestSchema = z.object({ input: z.unknown() }).strict();
export const updateRequestSchema = z.object({ version, input: z.unknown() }).strict();
export const publicationRequestSchema = z.object({ version, action: z.enum(PUBLICATION_ACTIONS) }).strict();
export const restoreRequestSchema = z.object({ version, revision: version }).strict();
