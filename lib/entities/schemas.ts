// What the staff pages of shared entities send (app/api/editor/…): the same
// field rules as the record form's "new organization / scope area" rows,
// plus what only these pages edit. Errors are keys under Editor.errors.
import "@/lib/zod-config";
import { z } from "zod";
import { organizationDraftSchema, requiredText, rowId, scopeAreaDraftSchema, text } from "@/lib/editor/schema";

export const organizationInputSchema = organizationDraftSchema.extend({ nameJa: text(300), predecessorId: rowId.nullable() });
export type OrganizationInput = z.output<typeof organizationInputSchema>;

export const personInputSchema = z.object({ nameTh: requiredText(200, "nameThRequired"), nameEn: requiredText(200, "nameEnRequired"), nameJa: text(200) });
export type PersonInput = z.output<typeof personInputSchema>;

export const scopeAreaInputSchema = scopeAreaDraftSchema;
export type ScopeAreaInput = z.output<typeof scopeAreaInputSchema>;

/** `version`: the entity's version the form was loaded at (a stale one is a 409); optional for API clients, who then save in turn. */
export const entityRequestSchema = z.object({ input: z.unknown(), version: z.number().int().positive().max(2_147_483_647).optional() }).strict();
/** Merge the entity `mergeId` into the one in the address. */
export const mergeRequestSchema = z.object({ mergeId: rowId }).strict();
