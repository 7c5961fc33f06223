// What a record points at outside itself (organizations, scope areas,
// sources, other records) must exist, and its slug must be its own; keys for
// the entities a save creates are made unique here.
import type { Prisma } from "@/lib/generated/prisma/client";
import { InputRejectedError } from "@/lib/editor/errors";
import type { AgreementInput, FieldErrors } from "@/lib/editor/schema";
import { slugify } from "@/lib/editor/slug";

type Tx = Prisma.TransactionClient;


/** `base` as a slug, numbered (-2, -3, …) until `taken` says it is free. */
export async function uniqueKey(base: string, taken: (candidate: string) => Promise<boolean>): Promise<string> {
  const root = slugify(base);
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? root : `${root}-${n}`;
    if (!(await taken(candidate))) return candidate;
  }
}

/** Checks that every id the input points at exists; collects field errors. */
export async function checkReferences(tx: Tx, input: AgreementInput, selfId: number | null): Promise<void> {
  const errors: FieldErrors = {};
  const existing = async <T extends { id: number }>(ids: number[], find: (ids: number[]) => Promise<T[]>) => new Set((await find(ids)).map((r) => r.id));
  const orgs = await existing(input.parties.flatMap((p) => (p.organizationId ? [p.organizationId] : [])), (ids) => tx.organization.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  input.parties.forEach((p, i) => {
    if (p.organizationId && !orgs.has(p.organizationId)) errors[`parties.${i}.organizationId`] = "pickOrganization";
  });
  const scopes = await existing(input.scopeAreas.flatMap((s) => (s.scopeAreaId ? [s.scopeAreaId] : [])), (ids) => tx.scopeArea.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  input.scopeAreas.forEach((s, i) => {
    if (s.scopeAreaId && !scopes.has(s.scopeAreaId)) errors[`scopeAreas.${i}.scopeAreaId`] = "pickScopeArea";
  });
  const sources = await existing(input.sources.flatMap((s) => (s.sourceId ? [s.sourceId] : [])), (ids) => tx.source.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  input.sources.forEach((s, i) => {
    if (s.sourceId && !sources.has(s.sourceId)) errors[`sources.${i}.sourceId`] = "pickSource";
  });
  const targets = await existing(input.relations.map((r) => r.agreementId), (ids) => tx.agreement.findMany({ where: { id: { in: ids } }, select: { id: true } }));
  input.relations.forEach((r, i) => {
    if (!targets.has(r.agreementId) || r.agreementId === selfId) errors[`relations.${i}.agreementId`] = "pickAgreement";
  });

  const slugOwner = await tx.agreement.findUnique({ where: { slug: input.slug }, select: { id: true } });
  const formerOwner = await tx.slugRedirect.findUnique({ where: { slug: input.slug }, select: { agreementId: true } });
  if ((slugOwner && slugOwner.id !== selfId) || (formerOwner && formerOwner.agreementId !== selfId)) errors.slug = "slugTaken";

  if (Object.keys(errors).length) throw new InputRejectedError(errors);
}
