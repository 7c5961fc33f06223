// The record's own columns and its rows (parties, signatories, scope areas,
// events, relations, sources, and citations with the facts they back) as the form's input describes
// them. A save replaces every row: the form always sends the whole record.
import type { Prisma } from "@/lib/generated/prisma/client";
import { dateOf, type AgreementInput } from "@/lib/editor/schema";
import { uniqueKey } from "@/lib/editor/references";
import { refreshQuoteChecks } from "@/lib/sources/archive";

type Tx = Prisma.TransactionClient;

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dateColumns = (value: string) => {
  const d = dateOf(value);
  return d ? { on: asDate(d.date), precision: d.precision, bound: d.bound ?? null } : { on: null, precision: null, bound: null };
};
const orNull = (value: string | undefined) => (value ? value : null);
const monthsOrNull = (value: number | "") => (value === "" ? null : value);

export function scalarData(input: AgreementInput) {
  const cabinet = dateColumns(input.cabinetApprovalOn);
  const signed = dateColumns(input.signedOn);
  const effective = dateColumns(input.effectiveOn);
  const expires = dateColumns(input.expiresOn);
  return {
    slug: input.slug,
    kind: input.kind,
    legalNature: input.legalNature,
    originalLanguage: input.originalLanguage,
    visibility: input.visibility,
    titleTh: input.titleTh,
    titleEn: input.titleEn,
    titleJa: orNull(input.titleJa),
    summaryTh: orNull(input.summaryTh),
    summaryEn: orNull(input.summaryEn),
    summaryJa: orNull(input.summaryJa),
    internalNote: orNull(input.internalNote),
    cabinetApprovalOn: cabinet.on,
    cabinetApprovalPrecision: cabinet.precision,
    cabinetApprovalBound: cabinet.bound,
    signedOn: signed.on,
    signedPrecision: signed.precision,
    signedBound: signed.bound,
    signedAtTh: orNull(input.signedAtTh),
    signedAtEn: orNull(input.signedAtEn),
    signedAtJa: orNull(input.signedAtJa),
    effectiveOn: effective.on,
    effectivePrecision: effective.precision,
    effectiveBound: effective.bound,
    expiresOn: expires.on,
    expiresPrecision: expires.precision,
    expiresBound: expires.bound,
    termMonths: monthsOrNull(input.termMonths),
    automaticRenewal: input.automaticRenewal === "unknown" ? null : input.automaticRenewal === "yes",
    terminationNoticeMonths: monthsOrNull(input.terminationNoticeMonths),
  } satisfies Prisma.AgreementUncheckedUpdateInput;
}

/** Replaces every part of the record with what the input lists. */
export async function writeParts(tx: Tx, id: number, input: AgreementInput): Promise<void> {
  await tx.citation.deleteMany({ where: { agreementId: id } });
  await tx.signatory.deleteMany({ where: { agreementId: id } });
  await tx.agreementParty.deleteMany({ where: { agreementId: id } });
  await tx.agreementScopeArea.deleteMany({ where: { agreementId: id } });
  await tx.agreementEvent.deleteMany({ where: { agreementId: id } });
  await tx.agreementRelation.deleteMany({ where: { fromId: id } });

  const partyRows: Array<{ id: number; organizationId: number }> = [];
  for (const [position, p] of input.parties.entries()) {
    let organizationId = p.organizationId;
    if (organizationId === null) {
      const o = p.newOrganization!;
      const slug = await uniqueKey(o.abbreviation || o.nameEn, async (s) => (await tx.organization.count({ where: { slug: s } })) > 0);
      organizationId = (await tx.organization.create({ data: { slug, nameTh: o.nameTh, nameEn: o.nameEn, abbreviation: orNull(o.abbreviation), countryCode: o.countryCode } })).id;
    }
    partyRows.push(await tx.agreementParty.create({ data: { agreementId: id, organizationId, position } }));
  }

  const signatoryIds: number[] = [];
  for (const [position, s] of input.signatories.entries()) {
    let personId: number | null = null;
    if (s.nameTh && s.nameEn) {
      const person = await tx.person.findFirst({ where: { nameTh: s.nameTh, nameEn: s.nameEn } });
      personId =
        person?.id ??
        (await tx.person.create({ data: { slug: await uniqueKey(s.nameEn, async (k) => (await tx.person.count({ where: { slug: k } })) > 0), nameTh: s.nameTh, nameEn: s.nameEn, nameJa: orNull(s.nameJa) } })).id;
      // The form shows the person's Japanese name as stored, so a different one typed there is the editor's correction.
      if (person && s.nameJa && s.nameJa !== person.nameJa) await tx.person.update({ where: { id: person.id }, data: { nameJa: s.nameJa } });
    }
    const row = await tx.signatory.create({
      data: { agreementId: id, personId, positionTh: orNull(s.positionTh), positionEn: orNull(s.positionEn), positionJa: orNull(s.positionJa), organizationId: partyRows[s.party]!.organizationId, role: s.role, planned: s.planned, position },
    });
    signatoryIds.push(row.id);
  }

  const scopeLinkIds: number[] = [];
  for (const s of input.scopeAreas) {
    let scopeAreaId = s.scopeAreaId;
    if (scopeAreaId === null) {
      const draft = s.newScopeArea!;
      const existing = await tx.scopeArea.findFirst({ where: { OR: [{ labelEn: { equals: draft.labelEn, mode: "insensitive" } }, { labelTh: draft.labelTh }] } });
      scopeAreaId =
        existing?.id ??
        (await tx.scopeArea.create({ data: { key: await uniqueKey(draft.labelEn, async (k) => (await tx.scopeArea.count({ where: { key: k } })) > 0), labelTh: draft.labelTh, labelEn: draft.labelEn, labelJa: orNull(draft.labelJa) } })).id;
    }
    // Two new rows naming the same area collapse into one link.
    const link = await tx.agreementScopeArea.upsert({ where: { agreementId_scopeAreaId: { agreementId: id, scopeAreaId } }, create: { agreementId: id, scopeAreaId }, update: {} });
    scopeLinkIds.push(link.id);
  }

  const eventIds: number[] = [];
  for (const [position, e] of input.events.entries()) {
    const d = dateColumns(e.date);
    eventIds.push((await tx.agreementEvent.create({ data: { agreementId: id, type: e.type, occurredOn: d.on, precision: d.precision, bound: d.bound, descriptionTh: e.descriptionTh, descriptionEn: e.descriptionEn, descriptionJa: orNull(e.descriptionJa), position } })).id);
  }

  const relationIds: number[] = [];
  for (const r of input.relations) {
    relationIds.push((await tx.agreementRelation.create({ data: { fromId: id, toId: r.agreementId, type: r.type, noteTh: orNull(r.noteTh), noteEn: orNull(r.noteEn), noteJa: orNull(r.noteJa) } })).id);
  }

  const sourceIds: number[] = [];
  for (const s of input.sources) {
    if (s.sourceId !== null) {
      sourceIds.push(s.sourceId);
      continue;
    }
    const draft = s.newSource!;
    const published = dateColumns(draft.publishedOn);
    const key = await uniqueKey(draft.title, async (k) => (await tx.source.count({ where: { key: k } })) > 0);
    sourceIds.push(
      (await tx.source.create({ data: { key, url: orNull(draft.url), title: draft.title, publisher: orNull(draft.publisher), language: draft.language, publishedOn: published.on, publishedPrecision: published.precision } })).id,
    );
  }

  const rowIds: Record<string, number[]> = { party: partyRows.map((p) => p.id), signatory: signatoryIds, scopeArea: scopeLinkIds, event: eventIds, relation: relationIds };
  const linkField: Record<string, string> = { party: "partyId", signatory: "signatoryId", scopeArea: "scopeAreaLinkId", event: "eventId", relation: "relationId" };
  // One statement for the passages and one for the facts they back: a record has dozens.
  const created = await tx.citation.createManyAndReturn({
    data: input.citations.map((c) => ({
      agreementId: id,
      sourceId: sourceIds[c.source]!,
      quote: c.quote,
      quoteEn: orNull(c.quoteEn),
      quoteTh: orNull(c.quoteTh),
      quoteJa: orNull(c.quoteJa),
      contradicts: c.contradicts,
      noteTh: orNull(c.noteTh),
      noteEn: orNull(c.noteEn),
      noteJa: orNull(c.noteJa),
    })),
    select: { id: true },
  });
  // One INSERT takes its ids from the sequence in the order of its rows.
  const passages = created.sort((a, b) => a.id - b.id);
  await tx.citationFact.createMany({
    data: input.citations.flatMap((c, i) =>
      c.facts.map((f) => {
        const link = f.row !== null && linkField[f.fact] ? { [linkField[f.fact]!]: rowIds[f.fact]![f.row] } : {};
        return { citationId: passages[i]!.id, fact: f.fact, ...link };
      }),
    ),
  });
  // Each quote is checked against its source's archived copy as it is saved.
  await refreshQuoteChecks(tx, { agreementId: id });
}

