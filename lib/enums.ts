// The database's enumerations, as lists of values for forms, filters, zod and
// the OpenAPI document. Each list is written once, in prisma/schema.prisma;
// these come from the client Prisma generates from it (enums.ts holds plain
// objects, safe to import in the browser).
import { AgreementKind, DateBound, DatePrecision, EventType, Language, LegalNature, PublicationState, RelationType, RevisionAction, SignatoryRole, Visibility } from "@/lib/generated/prisma/enums";

/** An enumeration object's values as a non-empty tuple, the shape z.enum and `as const` lists have. */
function valuesOf<E extends Record<string, string>>(enumeration: E): readonly [E[keyof E], ...E[keyof E][]] {
  return Object.values(enumeration) as unknown as readonly [E[keyof E], ...E[keyof E][]];
}

export const AGREEMENT_KINDS = valuesOf(AgreementKind);
export const DATE_PRECISIONS = valuesOf(DatePrecision);
export const DATE_BOUNDS = valuesOf(DateBound);
export const LEGAL_NATURES = valuesOf(LegalNature);
export const LANGUAGES = valuesOf(Language);
export const VISIBILITIES = valuesOf(Visibility);
export const PUBLICATION_STATES = valuesOf(PublicationState);
export const SIGNATORY_ROLES = valuesOf(SignatoryRole);
export const EVENT_TYPES = valuesOf(EventType);
export const RELATION_TYPES = valuesOf(RelationType);

export const REVISION_ACTIONS = valuesOf(RevisionAction);

export type { AgreementKind, DateBound, DatePrecision, EventType, Language, LegalNature, PublicationState, RelationType, RevisionAction, SignatoryRole, Visibility };
