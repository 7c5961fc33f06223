// Loads the curated records into a database. Idempotent: reference data is
// upserted without changes, and an agreement whose slug already exists is left
// exactly as it is (an editor may have corrected it since), so a second run
// changes nothing. Everything happens in one transaction.

import { pathToFileURL } from "node:url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { recordImportRevision } from "@/lib/editor/save";
import { reindexAgreement } from "@/lib/search/index-agreement";
import { DERIVED_VERSION, refreshDerived } from "@/lib/agreements/derived";
import { agreements, type Cite, type SeedAgreement } from "./seed-data/agreements";
import { organizations, people, scopeAreas } from "./seed-data/reference";
import { sources } from "./seed-data/sources";

type Tx = Prisma.TransactionClient;

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);

export interface SeedResult {
  created: string[];
  skipped: string[];
}

export async function seed(db: PrismaClient): Promise<SeedResult> {
  const result = await loadRecords(db);
  // Records derived by an older version of derived.ts (a database from
  // before a derived fact existed) are derived again, a batch per
  // transaction, so a large registry is not one long transaction.
  for (;;) {
    const stale = await db.agreement.findMany({ where: { derivedVersion: { lt: DERIVED_VERSION } }, select: { id: true }, take: 200, orderBy: { id: "asc" } });
    if (stale.length === 0) break;
    await db.$transaction((tx) => refreshDerived(tx, stale.map((r) => r.id)), { timeout: 120_000, maxWait: 30_000 });
  }
  return result;
}

function loadRecords(db: PrismaClient): Promise<SeedResult> {
  return db.$transaction(
    async (tx) => {
      const sourceIds = new Map<string, number>();
      for (const s of sources) {
        const data = {
          key: s.key,
          url: s.url,
          title: s.title,
          publisher: s.publisher,
          publishedOn: s.publishedOn ? asDate(s.publishedOn.date) : null,
          publishedPrecision: s.publishedOn?.precision ?? null,
          language: s.language,
        };
        const row = await tx.source.upsert({ where: { key: s.key }, create: data, update: {} });
        sourceIds.set(s.key, row.id);
      }

      const orgIds = new Map<string, number>();
      for (const o of organizations) {
        const { predecessor, ...data } = o;
        const row = await tx.organization.upsert({
          where: { slug: o.slug },
          create: { ...data, predecessorId: predecessor ? orgIds.get(predecessor) : null },
          update: {},
        });
        orgIds.set(o.slug, row.id);
      }

      const personIds = new Map<string, number>();
      for (const p of people) {
        const row = await tx.person.upsert({ where: { slug: p.slug }, create: { ...p }, update: {} });
        personIds.set(p.slug, row.id);
      }

      const scopeIds = new Map<string, number>();
      for (const a of scopeAreas) {
        const row = await tx.scopeArea.upsert({ where: { key: a.key }, create: { ...a }, update: {} });
        scopeIds.set(a.key, row.id);
      }

      const ids = { sourceIds, orgIds, personIds, scopeIds };
      const result: SeedResult = { created: [], skipped: [] };
      const agreementIds = new Map<string, number>();
      for (const existing of await tx.agreement.findMany({ select: { id: true, slug: true } })) agreementIds.set(existing.slug, existing.id);

      const fresh: SeedAgreement[] = [];
      for (const a of agreements) {
        if (agreementIds.has(a.slug)) {
          result.skipped.push(a.slug);
          continue;
        }
        agreementIds.set(a.slug, await createAgreement(tx, a, ids));
        fresh.push(a);
        result.created.push(a.slug);
      }
      // Relations point at other records, so they come once all exist.
      for (const a of fresh) {
        const fromId = agreementIds.get(a.slug)!;
        for (const r of a.relations) {
          const toId = agreementIds.get(r.to);
          if (toId === undefined) throw new Error(`seed: ${a.slug} relates to unknown ${r.to}`);
          const relation = await tx.agreementRelation.create({ data: { fromId, toId, type: r.type, noteTh: r.noteTh, noteEn: r.noteEn } });
          await cite(tx, ids, fromId, "relation", r.cite, { relationId: relation.id });
        }
      }
      // New records, and any record a database holds from before the search
      // index existed, get their search document.
      const unindexed = await tx.agreement.findMany({ where: { searchDocument: null }, select: { id: true } });
      for (const { id } of unindexed) await reindexAgreement(tx, id);
      // Likewise their listing facts (status periods, reference date).
      const underived = await tx.agreement.findMany({ where: { statusPeriods: { none: {} } }, select: { id: true } });
      if (underived.length) await refreshDerived(tx, underived.map((r) => r.id));
      // The history of every record starts with the state it was loaded in.
      const unrevised = await tx.agreement.findMany({ where: { revisions: { none: {} } }, select: { id: true } });
      for (const { id } of unrevised) await recordImportRevision(tx, id);
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

interface Ids {
  sourceIds: Map<string, number>;
  orgIds: Map<string, number>;
  personIds: Map<string, number>;
  scopeIds: Map<string, number>;
}

async function cite(tx: Tx, ids: Ids, agreementId: number, fact: string, cites: Cite[], link: Partial<Record<"partyId" | "signatoryId" | "scopeAreaLinkId" | "eventId" | "relationId", number>> = {}) {
  if (cites.length === 0) throw new Error(`seed: agreement ${agreementId} has an uncited ${fact}`);
  await tx.citation.createMany({
    data: cites.map((c) => ({
      agreementId,
      sourceId: ids.sourceIds.get(c.source)!,
      fact,
      quote: c.quote,
      quoteEn: c.quoteEn,
      noteTh: c.noteTh ?? null,
      noteEn: c.noteEn ?? null,
      ...link,
    })),
  });
}

async function createAgreement(tx: Tx, a: SeedAgreement, ids: Ids): Promise<number> {
  const row = await tx.agreement.create({
    data: {
      slug: a.slug,
      kind: a.kind,
      titleTh: a.titleTh,
      titleEn: a.titleEn,
      summaryTh: a.summaryTh,
      summaryEn: a.summaryEn,
      originalLanguage: "th",
      cabinetApprovalOn: a.cabinetApproval ? asDate(a.cabinetApproval.date) : null,
      cabinetApprovalPrecision: a.cabinetApproval?.precision ?? null,
      signedOn: a.signed ? asDate(a.signed.date) : null,
      signedPrecision: a.signed?.precision ?? null,
      effectiveOn: a.effective ? asDate(a.effective.date) : null,
      effectivePrecision: a.effective?.precision ?? null,
      expiresOn: a.expires ? asDate(a.expires.date) : null,
      expiresPrecision: a.expires?.precision ?? null,
      termMonths: a.termMonths?.value ?? null,
      terminationNoticeMonths: a.terminationNoticeMonths?.value ?? null,
      visibility: "PUBLIC",
      publicationState: "PUBLISHED",
    },
  });
  const id = row.id;
  await cite(tx, ids, id, "title", a.cite.title);
  await cite(tx, ids, id, "kind", a.cite.kind);
  await cite(tx, ids, id, "summary", a.cite.summary);
  if (a.cabinetApproval) await cite(tx, ids, id, "cabinetApprovalOn", a.cabinetApproval.cite);
  if (a.signed) await cite(tx, ids, id, "signedOn", a.signed.cite);
  if (a.effective) await cite(tx, ids, id, "effectiveOn", a.effective.cite);
  if (a.expires) await cite(tx, ids, id, "expiresOn", a.expires.cite);
  if (a.termMonths) await cite(tx, ids, id, "termMonths", a.termMonths.cite);
  if (a.terminationNoticeMonths) await cite(tx, ids, id, "terminationNoticeMonths", a.terminationNoticeMonths.cite);

  for (const [position, p] of a.parties.entries()) {
    const party = await tx.agreementParty.create({ data: { agreementId: id, organizationId: ids.orgIds.get(p.organization)!, position } });
    await cite(tx, ids, id, "party", p.cite, { partyId: party.id });
  }
  for (const [position, s] of a.signatories.entries()) {
    const signatory = await tx.signatory.create({
      data: {
        agreementId: id,
        personId: s.person ? ids.personIds.get(s.person)! : null,
        positionTh: s.positionTh ?? null,
        positionEn: s.positionEn ?? null,
        organizationId: ids.orgIds.get(s.organization)!,
        role: s.role,
        planned: s.planned ?? false,
        position,
      },
    });
    await cite(tx, ids, id, "signatory", s.cite, { signatoryId: signatory.id });
  }
  for (const s of a.scopeAreas) {
    const link = await tx.agreementScopeArea.create({ data: { agreementId: id, scopeAreaId: ids.scopeIds.get(s.key)! } });
    await cite(tx, ids, id, "scopeArea", s.cite, { scopeAreaLinkId: link.id });
  }
  for (const [position, e] of a.events.entries()) {
    const event = await tx.agreementEvent.create({
      data: {
        agreementId: id,
        type: e.type,
        occurredOn: e.date ? asDate(e.date) : null,
        precision: e.precision ?? null,
        descriptionTh: e.descriptionTh,
        descriptionEn: e.descriptionEn,
        position,
      },
    });
    await cite(tx, ids, id, "event", e.cite, { eventId: event.id });
  }
  return id;
}

// `npm run db:seed`
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { getDb } = await import("@/lib/db/client");
  const db = getDb();
  const result = await seed(db);
  console.log(`seed: created ${result.created.length}, already present ${result.skipped.length}`);
  await db.$disconnect();
}
