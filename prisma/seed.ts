// Loads the curated records into a database through the editor's own save
// path: each record is turned into the form's input, checked by the form's
// schema (a record that breaks a form rule stops the seed with the form's
// message) and saved and published by the same functions as an editor's
// save, with an IMPORT revision instead of a staff member's name.
// Idempotent: reference data is upserted without changes, and an agreement
// whose slug already exists is left exactly as it is (an editor may have
// corrected it since), so a second run changes nothing. Everything happens in
// one transaction.

import { citationNotesJa, japanese, scopeAreaLabelsJa, type JapaneseTexts } from "./seed-data/japanese";
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { agreementInputSchema, fieldErrorsOf, type AgreementInput } from "@/lib/editor/schema";
import { groupIntoPassages, type LegacyCitation } from "@/lib/editor/passages";

type CitedFact = AgreementInput["citations"][number]["facts"][number];
import { emptyAgreementInput } from "@/lib/editor/defaults";
import { countUncited, createAgreementIn, updateAgreementIn } from "@/lib/editor/save";
import { changePublicationIn } from "@/lib/editor/publication";
import { recordRevision } from "@/lib/editor/revisions";
import { diffInputs } from "@/lib/editor/diff";
import { loadAgreementInput } from "@/lib/editor/snapshot";
import { reindexAgreement, SEARCH_INDEX_VERSION } from "@/lib/search/index-agreement";
import { fingerprint, SECOND_READING, SECOND_READING_ARCHIVES } from "./seed-data/readings";
import { DERIVED_VERSION, refreshDerived } from "@/lib/agreements/derived";
import { toFormText } from "@/lib/dates/partial-date";
import type { DateBound, DatePrecision } from "@/lib/enums";
import en from "@/messages/en.json";
import { agreements, type Cite, type SeedAgreement } from "./seed-data/agreements";
import { organizations, people, scopeAreas } from "./seed-data/reference";
import { sources } from "./seed-data/sources";
import { prepareArchive, storeArchive } from "@/lib/sources/archive";

const SEED_SOURCES = path.join(path.dirname(fileURLToPath(import.meta.url)), "seed-sources");

type Tx = Prisma.TransactionClient;

const asDate = (iso: string) => new Date(`${iso}T00:00:00Z`);
const dateText = (date: { date: string; precision: DatePrecision; bound?: DateBound } | undefined) => (date ? toFormText(date) : "");

export interface SeedResult {
  created: string[];
  skipped: string[];
}

/** A curated record that the form's rules refuse: the seed stops with the form's messages. */
export class SeedRecordRejected extends Error {}

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
  // Index documents written by an older indexer are rewritten, in batches too.
  for (;;) {
    const stale = await db.searchDocument.findMany({ where: { version: { lt: SEARCH_INDEX_VERSION } }, select: { agreementId: true }, take: 200, orderBy: { agreementId: "asc" } });
    if (stale.length === 0) break;
    await db.$transaction(
      async (tx) => {
        for (const { agreementId } of stale) await reindexAgreement(tx, agreementId);
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  }
  // Records saved before the count of uncited facts existed are counted, in batches too.
  for (;;) {
    const uncounted = await db.agreement.findMany({ where: { uncitedFacts: null }, select: { id: true }, take: 200, orderBy: { id: "asc" } });
    if (uncounted.length === 0) break;
    await db.$transaction(
      async (tx) => {
        for (const { id } of uncounted) await countUncited(tx, id, (await loadAgreementInput(tx, id))!.input);
      },
      { timeout: 120_000, maxWait: 30_000 },
    );
  }
  return result;
}

interface Ids {
  sourceIds: Map<string, number>;
  orgIds: Map<string, number>;
  scopeIds: Map<string, number>;
  agreementIds: Map<string, number>;
}

function loadRecords(db: PrismaClient): Promise<SeedResult> {
  return db.$transaction(
    async (tx) => {
      const ids = await loadReferenceData(tx);
      const result: SeedResult = { created: [], skipped: [] };
      for (const existing of await tx.agreement.findMany({ select: { id: true, slug: true } })) ids.agreementIds.set(existing.slug, existing.id);

      // A record's relations point at other records: each is saved, in the
      // curated order, once the records it points at exist.
      const pending = agreements.filter((a) => {
        if (!ids.agreementIds.has(a.slug)) return true;
        result.skipped.push(a.slug);
        return false;
      });
      while (pending.length > 0) {
        const next = pending.findIndex((a) => a.relations.every((r) => ids.agreementIds.has(r.to)));
        if (next < 0) throw new Error(`seed: ${pending.map((a) => a.slug).join(", ")} relate to records that are not curated`);
        const [a] = pending.splice(next, 1) as [SeedAgreement];
        const saved = await createAgreementIn(tx, null, formInput(a, ids));
        await changePublicationIn(tx, null, saved.id, saved.version, "PUBLISH");
        ids.agreementIds.set(a.slug, saved.id);
        result.created.push(a.slug);
      }
      await applyCuratedReading(tx, ids, result.skipped);
      await addJapaneseTexts(tx, ids, result.skipped);
      await backfill(tx);
      return result;
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

/** Sources, organizations, people and scope areas, with the keys the curated records use. */
async function loadReferenceData(tx: Tx): Promise<Ids> {
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
    const id = (await tx.source.upsert({ where: { key: s.key }, create: data, update: {} })).id;
    sourceIds.set(s.key, id);
    // An address found since (third reading) fills one nobody had stated.
    if (s.url) await tx.source.updateMany({ where: { id, url: null }, data: { url: s.url } });
    // The texts the records were curated from are the sources' archived
    // copies; an archive an editor has replaced since is left alone, and one
    // exactly as the second reading stored it gets the third reading's.
    const stored = await tx.sourceArchive.findUnique({ where: { sourceId: id }, select: { sha256: true } });
    if (!stored || stored.sha256 === SECOND_READING_ARCHIVES[s.key]) {
      const text = readFileSync(path.join(SEED_SOURCES, s.file), "utf8");
      const prepared = await prepareArchive({ kind: "text", text });
      if (!prepared.ok) throw new Error(`seed: ${s.file} cannot be archived (${prepared.error})`);
      // The five seed texts' retrieval was never recorded; the pages added later were retrieved on a known day.
      await storeArchive(tx, null, id, prepared, "retrievedOn" in s ? asDate(s.retrievedOn) : null);
    }
  }
  const orgIds = new Map<string, number>();
  for (const { predecessor, ...data } of organizations) {
    const row = await tx.organization.upsert({ where: { slug: data.slug }, create: { ...data, predecessorId: predecessor ? orgIds.get(predecessor) : null }, update: {} });
    orgIds.set(data.slug, row.id);
  }
  // Signatories find their person by name (lib/editor/parts.ts), as the form's do.
  for (const p of people) await tx.person.upsert({ where: { slug: p.slug }, create: { ...p }, update: {} });
  const scopeIds = new Map<string, number>();
  for (const a of scopeAreas) scopeIds.set(a.key, (await tx.scopeArea.upsert({ where: { key: a.key }, create: { ...a, labelJa: scopeAreaLabelsJa[a.key] }, update: {} })).id);
  // Scope areas made before labels had a Japanese form (none has one) get the curated ones, where the English label is still the curated one.
  if ((await tx.scopeArea.count({ where: { labelJa: { not: null } } })) === 0) {
    for (const a of scopeAreas) await tx.scopeArea.updateMany({ where: { key: a.key, labelEn: a.labelEn }, data: { labelJa: scopeAreaLabelsJa[a.key] } });
  }
  return { sourceIds, orgIds, scopeIds, agreementIds: new Map() };
}

/** The curated record as the editor's form would send it, checked by the form's schema. */
export function formInput(a: SeedAgreement, ids: Ids): AgreementInput {
  const sourceIndex = new Map<number, number>();
  // Each fact's cites, written beside it; the same passage cited for
  // several facts is one passage backing them all (lib/editor/passages.ts).
  const cited: Array<LegacyCitation & { fact: CitedFact["fact"] }> = [];
  const cite = (fact: CitedFact["fact"], cites: Cite[], row: number | null = null) => {
    for (const c of cites) {
      const sourceId = ids.sourceIds.get(c.source)!;
      if (!sourceIndex.has(sourceId)) sourceIndex.set(sourceId, sourceIndex.size);
      cited.push({ source: sourceIndex.get(sourceId)!, fact, row, quote: c.quote, quoteEn: c.quoteEn, quoteTh: c.quoteTh ?? "", contradicts: c.contradicts ?? false, noteTh: c.noteTh ?? "", noteEn: c.noteEn ?? "", noteJa: c.noteEn ? (citationNotesJa[c.noteEn] ?? "") : "" });
    }
  };
  cite("title", a.cite.title);
  cite("kind", a.cite.kind);
  cite("summary", a.cite.summary);
  if (a.cabinetApproval) cite("cabinetApprovalOn", a.cabinetApproval.cite);
  if (a.signed) cite("signedOn", a.signed.cite);
  if (a.signedAt) cite("signedAt", a.signedAt.cite);
  if (a.effective) cite("effectiveOn", a.effective.cite);
  if (a.expires) cite("expiresOn", a.expires.cite);
  if (a.termMonths) cite("termMonths", a.termMonths.cite);
  if (a.terminationNoticeMonths) cite("terminationNoticeMonths", a.terminationNoticeMonths.cite);
  a.parties.forEach((p, row) => cite("party", p.cite, row));
  a.signatories.forEach((s, row) => cite("signatory", s.cite, row));
  a.scopeAreas.forEach((s, row) => cite("scopeArea", s.cite, row));
  a.events.forEach((e, row) => cite("event", e.cite, row));
  a.relations.forEach((r, row) => cite("relation", r.cite, row));
  const citations: AgreementInput["citations"] = groupIntoPassages<CitedFact>(cited);

  const personOf = (slug: string | undefined) => people.find((p) => p.slug === slug);
  // The registry's Japanese texts (prisma/seed-data/japanese.ts).
  const ja: JapaneseTexts | undefined = japanese[a.slug];
  const candidate = {
    ...emptyAgreementInput(),
    slug: a.slug,
    kind: a.kind,
    titleTh: a.titleTh,
    titleEn: a.titleEn,
    titleJa: a.titleJa ?? ja?.titleJa ?? "",
    originalLanguage: a.originalLanguage ?? "th",
    summaryTh: a.summaryTh,
    summaryEn: a.summaryEn,
    summaryJa: ja?.summaryJa ?? "",
    cabinetApprovalOn: dateText(a.cabinetApproval),
    signedOn: dateText(a.signed),
    signedAtTh: a.signedAt?.th ?? "",
    signedAtEn: a.signedAt?.en ?? "",
    signedAtJa: a.signedAt?.ja ?? "",
    effectiveOn: dateText(a.effective),
    expiresOn: dateText(a.expires),
    termMonths: a.termMonths?.value ?? "",
    terminationNoticeMonths: a.terminationNoticeMonths?.value ?? "",
    parties: a.parties.map((p) => ({ organizationId: ids.orgIds.get(p.organization)!, newOrganization: null })),
    // A signatory whose organization is not a party gets index -1, which the
    // form's schema refuses ("pickParty").
    signatories: a.signatories.map((s, i) => ({
      nameTh: personOf(s.person)?.nameTh ?? "",
      nameEn: personOf(s.person)?.nameEn ?? "",
      positionTh: s.positionTh ?? "",
      positionEn: s.positionEn ?? "",
      positionJa: ja?.positionsJa[i] ?? "",
      party: a.parties.findIndex((p) => p.organization === s.organization),
      role: s.role,
      planned: s.planned ?? false,
    })),
    scopeAreas: a.scopeAreas.map((s) => ({ scopeAreaId: ids.scopeIds.get(s.key)!, newScopeArea: null })),
    events: a.events.map((e, i) => ({ type: e.type, date: e.date && e.precision ? toFormText({ date: e.date, precision: e.precision, bound: e.bound }) : "", descriptionTh: e.descriptionTh, descriptionEn: e.descriptionEn, descriptionJa: ja?.eventsJa[i] ?? "" })),
    relations: a.relations.map((r, i) => ({ agreementId: ids.agreementIds.get(r.to)!, type: r.type, noteTh: r.noteTh ?? "", noteEn: r.noteEn ?? "", noteJa: ja?.relationNotesJa[i] ?? "" })),
    sources: [...sourceIndex.keys()].map((sourceId) => ({ sourceId, newSource: null })),
    citations,
  };
  const parsed = agreementInputSchema.safeParse(candidate);
  if (!parsed.success) {
    // The form's own messages (English), to say why the record was refused.
    const messages: Record<string, string> = en.Editor.errors;
    const problems = Object.entries(fieldErrorsOf(parsed.error)).map(([field, key]) => `${field}: ${messages[key] ?? key}`);
    throw new SeedRecordRejected(`seed: the curated record "${a.slug}" breaks the form's rules: ${problems.join("; ")}`);
  }
  return parsed.data;
}


/**
 * A record exactly as the second reading left it (prisma/seed-data/readings.ts)
 * is brought to the current curated text (the third reading, issue 30) as a
 * new revision with no staff member's name; one anyone has changed is left
 * for an editor. Idempotent: once updated, its fingerprint is no longer the
 * second reading's.
 */
async function applyCuratedReading(tx: Tx, ids: Ids, slugs: string[]): Promise<void> {
  const keyOf = <K>(map: Map<K, number>) => {
    const reverse = new Map([...map].map(([k, v]) => [v, k]));
    return (id: number | null) => (id === null ? null : ((reverse.get(id) as string | undefined) ?? null));
  };
  const agreementKey = keyOf(ids.agreementIds);
  const keys = { organization: keyOf(ids.orgIds), source: keyOf(ids.sourceIds), scopeArea: keyOf(ids.scopeIds), agreement: (id: number) => agreementKey(id) };
  for (const slug of slugs) {
    const curated = agreements.find((a) => a.slug === slug);
    const id = ids.agreementIds.get(slug);
    if (!curated || id === undefined || !SECOND_READING[slug]) continue;
    const current = (await loadAgreementInput(tx, id))!;
    if (fingerprint(current.input, keys) !== SECOND_READING[slug]) continue;
    const next = formInput(curated, ids);
    if (diffInputs(current.input, next).length === 0) continue;
    await updateAgreementIn(tx, null, id, current.version, next);
  }
}

/**
 * Records loaded before the registry had Japanese texts (a database from
 * before issue 13: no Japanese text but MIC's titles) get the curated ones,
 * saved through the editor's save path as a new revision with no staff
 * member's name. A record with any Japanese text of its own is left alone,
 * so a text an editor removed is not put back on the next start. A Japanese
 * text goes only into an empty field, and only beside the exact English text
 * it translates: a text whose English an editor rewrote gets no translation
 * of the old wording.
 */
async function addJapaneseTexts(tx: Tx, ids: Ids, slugs: string[]): Promise<void> {
  for (const slug of slugs) {
    const curated = agreements.find((a) => a.slug === slug);
    const ja = japanese[slug];
    const id = ids.agreementIds.get(slug);
    if (!curated || !ja || id === undefined) continue;
    const current = (await loadAgreementInput(tx, id))!;
    const input = current.input;
    const japaneseTexts = [input.summaryJa, ...input.signatories.map((s) => s.positionJa), ...input.events.map((e) => e.descriptionJa), ...input.relations.map((r) => r.noteJa), ...input.citations.map((c) => c.noteJa)];
    if (japaneseTexts.some(Boolean)) continue;
    // The curated Japanese text of `english`, when `own` is empty and the English is the curated one.
    const fill = (own: string | undefined, english: string | undefined, pairs: Array<[string | undefined, string | null | undefined]>) => {
      if (own || !english) return own;
      return pairs.find(([en, text]) => en === english && text)?.[1] ?? own;
    };
    const next: AgreementInput = {
      ...input,
      titleJa: fill(input.titleJa, input.titleEn, [[curated.titleEn, curated.titleJa ?? ja.titleJa]]) ?? "",
      summaryJa: fill(input.summaryJa, input.summaryEn, [[curated.summaryEn, ja.summaryJa]]) ?? "",
      signatories: input.signatories.map((s) => ({ ...s, positionJa: fill(s.positionJa, s.positionEn, curated.signatories.map((c, i) => [c.positionEn, ja.positionsJa[i]])) })),
      events: input.events.map((e) => ({ ...e, descriptionJa: fill(e.descriptionJa, e.descriptionEn, curated.events.map((c, i) => [c.descriptionEn, ja.eventsJa[i]])) })),
      relations: input.relations.map((r) => ({ ...r, noteJa: fill(r.noteJa, r.noteEn, curated.relations.map((c, i) => [c.noteEn, ja.relationNotesJa[i]])) })),
      citations: input.citations.map((c) => ({ ...c, noteJa: fill(c.noteJa, c.noteEn, [[c.noteEn, citationNotesJa[c.noteEn]]]) })),
    };
    if (diffInputs(input, next).length === 0) continue;
    // Today's form rules may refuse a record an editor saved under older ones: it is left for an editor.
    const parsed = agreementInputSchema.safeParse(next);
    if (!parsed.success) {
      console.warn(`seed: "${slug}" does not pass today's form rules; its Japanese texts were not added`);
      continue;
    }
    await updateAgreementIn(tx, null, id, current.version, parsed.data);
  }
}

/**
 * A database made before the search index, the derived facts or the history
 * existed holds records without them: each gets what it lacks.
 */
async function backfill(tx: Tx): Promise<void> {
  const unindexed = await tx.agreement.findMany({ where: { searchDocument: null }, select: { id: true } });
  for (const { id } of unindexed) await reindexAgreement(tx, id);
  const underived = await tx.agreement.findMany({ where: { statusPeriods: { none: {} } }, select: { id: true } });
  if (underived.length) await refreshDerived(tx, underived.map((r) => r.id));
  const unrevised = await tx.agreement.findMany({ where: { revisions: { none: {} } }, select: { id: true } });
  for (const { id } of unrevised) {
    const snapshot = (await loadAgreementInput(tx, id))!;
    await recordRevision(tx, { agreementId: id, version: snapshot.version, action: "IMPORT", actor: null, snapshot: snapshot.input, changes: diffInputs(null, snapshot.input) });
  }
}

// `npm run db:seed`
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { getDb } = await import("@/lib/db/client");
  const db = getDb();
  const result = await seed(db);
  console.log(`seed: created ${result.created.length}, already present ${result.skipped.length}`);
  await db.$disconnect();
}
