// Reads of agreements for the public: only published, public records, and
// never the internal note. Pages and the API both go through here.

import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isSlug } from "@/lib/http/params";

export const publicWhere = { publicationState: "PUBLISHED", visibility: "PUBLIC" } satisfies Prisma.AgreementWhereInput;

// A row's citations: the passages that back it, by id.
const citationSelect = {
  select: { citationId: true },
  orderBy: { citationId: "asc" },
} as const;

const relatedAgreementSelect = {
  select: { id: true, slug: true, titleTh: true, titleEn: true, titleJa: true, kind: true, publicationState: true, visibility: true, signedOn: true, signedPrecision: true, signedBound: true },
} as const;

export const agreementInclude = {
  parties: { orderBy: { position: "asc" }, include: { organization: true, citations: citationSelect } },
  signatories: { orderBy: { position: "asc" }, include: { person: true, organization: true, citations: citationSelect } },
  scopeAreas: { orderBy: { scopeArea: { key: "asc" } }, include: { scopeArea: true, citations: citationSelect } },
  events: { orderBy: [{ occurredOn: { sort: "asc", nulls: "last" } }, { position: "asc" }], include: { citations: citationSelect } },
  relationsOut: { include: { to: relatedAgreementSelect, citations: citationSelect } },
  relationsIn: { include: { from: relatedAgreementSelect, citations: citationSelect } },
  // A source's archived copy: only whether there is one and what it is, never its text.
  citations: { orderBy: { id: "asc" }, include: { facts: { select: { fact: true }, orderBy: { id: "asc" } }, source: { include: { archive: { select: { retrievedOn: true, sha256: true, mediaType: true } } } } } },
} satisfies Prisma.AgreementInclude;

// The internal note is for staff only: public reads never select it.
const publicOmit = { internalNote: true } satisfies Prisma.AgreementOmit;

export type AgreementRecord = Prisma.AgreementGetPayload<{ include: typeof agreementInclude; omit: typeof publicOmit }>;

export async function listPublicAgreements(): Promise<AgreementRecord[]> {
  return getDb().agreement.findMany({
    where: publicWhere,
    include: agreementInclude,
    omit: publicOmit,
    orderBy: [{ signedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
  });
}

export async function listPublicAgreementsById(ids: number[]): Promise<AgreementRecord[]> {
  if (ids.length === 0) return [];
  return getDb().agreement.findMany({ where: { id: { in: ids }, ...publicWhere }, include: agreementInclude, omit: publicOmit });
}

export async function getPublicAgreement(slug: string): Promise<AgreementRecord | null> {
  if (!isSlug(slug)) return null;
  return getDb().agreement.findFirst({ where: { slug, ...publicWhere }, include: agreementInclude, omit: publicOmit });
}

/** The current slug of a public agreement that used to have `slug`, if any. */
export async function findRenamedSlug(slug: string): Promise<string | null> {
  if (!isSlug(slug)) return null;
  const redirect = await getDb().slugRedirect.findUnique({ where: { slug }, include: { agreement: { select: { slug: true, publicationState: true, visibility: true } } } });
  if (!redirect) return null;
  const { agreement } = redirect;
  return agreement.publicationState === "PUBLISHED" && agreement.visibility === "PUBLIC" ? agreement.slug : null;
}
