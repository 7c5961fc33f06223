// Corrections to a source that records share: its address, title,
// publisher, date and language, and its archived copy. One source is cited
// by many records; a change is made once, revisioned (EntityRevision) with
// who, when, what and which records it touched, and expires the public pages
// of every public record citing it (the write gate does, after the commit).
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { PublicChange } from "@/lib/cache/invalidate";
import { NO_PUBLIC_CHANGE } from "@/lib/cache/invalidate";
import { sourceTag } from "@/lib/cache/tags.mjs";
import { diffInputs, type Change } from "@/lib/editor/diff";
import { recordEntityRevision } from "@/lib/entities/affected";
import { NotFoundError } from "@/lib/editor/errors";
import type { Actor } from "@/lib/editor/revisions";
import { dateOf, sourceDraftSchema } from "@/lib/editor/schema";
import { isPublic } from "@/lib/editor/public-change";
import { toIsoString } from "@/lib/dates/partial-date";
import type { DatePrecision } from "@/lib/enums";
import { prepareArchive, storeArchive, type ArchiveUpload } from "@/lib/sources/archive";
import type { ExtractError } from "@/lib/sources/extract";
import { TX_OPTIONS } from "@/lib/editor/save";
import { reindexAgreement } from "@/lib/search/index-agreement";
import type { z } from "zod";

type Tx = Prisma.TransactionClient;
export type SourceInput = z.output<typeof sourceDraftSchema>;
export const sourceInputSchema = sourceDraftSchema;

const orNull = (value: string) => (value === "" ? null : value);

/** The source as its edit form holds it. */
export function sourceFormValues(row: { url: string | null; title: string; publisher: string | null; language: string; publishedOn: Date | null; publishedPrecision: DatePrecision | null }): SourceInput {
  return {
    title: row.title,
    url: row.url ?? "",
    publisher: row.publisher ?? "",
    language: row.language as SourceInput["language"],
    publishedOn: row.publishedOn && row.publishedPrecision ? toIsoString({ date: row.publishedOn.toISOString().slice(0, 10), precision: row.publishedPrecision }) : "",
  };
}

/** The records citing a source, and what a change to it means for the public's reads. */
export async function recordsCiting(tx: Tx | PrismaClient, sourceId: number) {
  const ids = (await tx.citation.findMany({ where: { sourceId }, select: { agreementId: true }, distinct: ["agreementId"] })).map((c) => c.agreementId);
  return tx.agreement.findMany({ where: { id: { in: ids } }, select: { id: true, slug: true, titleTh: true, titleEn: true, titleJa: true, publicationState: true, visibility: true }, orderBy: { id: "asc" } });
}

function changeFor(key: string, records: Awaited<ReturnType<typeof recordsCiting>>): PublicChange {
  const publicRecords = records.filter((r) => isPublic(r.publicationState, r.visibility));
  return publicRecords.length ? { public: true, slugs: publicRecords.map((r) => r.slug), tags: [sourceTag(key)] } : NO_PUBLIC_CHANGE;
}

export interface SourceSaved {
  id: number;
  key: string;
  changes: Change[];
  agreementIds: number[];
  changed: PublicChange;
}

export async function updateSource(db: PrismaClient, actor: Actor, id: number, input: SourceInput): Promise<SourceSaved> {
  return db.$transaction(async (tx) => {
    const row = await tx.source.findUnique({ where: { id } });
    if (!row) throw new NotFoundError();
    const before = sourceFormValues(row);
    const changes = diffInputs(before, input);
    const records = await recordsCiting(tx, id);
    if (changes.length === 0) return { id, key: row.key, changes, agreementIds: records.map((r) => r.id), changed: NO_PUBLIC_CHANGE };
    const published = dateOf(input.publishedOn);
    await tx.source.update({
      where: { id },
      data: {
        title: input.title,
        url: orNull(input.url),
        publisher: orNull(input.publisher),
        language: input.language,
        publishedOn: published ? new Date(`${published.date}T00:00:00Z`) : null,
        publishedPrecision: published?.precision ?? null,
      },
    });
    // A source's language decides how its quotes are indexed for search.
    if (before.language !== input.language) {
      for (const r of records) await reindexAgreement(tx, r.id);
    }
    await recordEntityRevision(tx, { entity: "source", entityId: id, action: "update", actor, before, after: input, changes: changes as object[], agreementIds: records.map((r) => r.id) });
    return { id, key: row.key, changes, agreementIds: records.map((r) => r.id), changed: changeFor(row.key, records) };
  }, TX_OPTIONS);
}

export type ArchiveSaved =
  | { ok: false; error: ExtractError }
  | { ok: true; key: string; mediaType: string; sha256: string; byteSize: number; checked: number; notFound: number; agreementIds: number[]; changed: PublicChange };

/** Stores or replaces a source's archived copy; its quotes are checked again. */
export async function archiveSource(db: PrismaClient, actor: Actor, id: number, upload: ArchiveUpload, retrievedOn: Date | null): Promise<ArchiveSaved> {
  if (!(await db.source.findUnique({ where: { id }, select: { id: true } }))) throw new NotFoundError();
  // Extracting a PDF's text takes a while: done before the transaction.
  const prepared = await prepareArchive(upload);
  if (!prepared.ok) return prepared;
  return db.$transaction(async (tx) => {
    const row = await tx.source.findUnique({ where: { id }, select: { key: true } });
    if (!row) throw new NotFoundError();
    const stored = await storeArchive(tx, actor, id, prepared, retrievedOn);
    const records = await recordsCiting(tx, id);
    return {
      ok: true,
      key: row.key,
      mediaType: stored.mediaType,
      sha256: stored.sha256,
      byteSize: stored.byteSize,
      checked: stored.result.checked,
      notFound: stored.result.notFound.length,
      agreementIds: stored.agreementIds,
      changed: changeFor(row.key, records),
    };
  }, TX_OPTIONS);
}
