// Archived copies of sources and the quote checks that run against them.
// `refreshQuoteChecks` is the one writer of Citation.quoteFound: a record's
// save runs it for the record (lib/editor/parts.ts), an archive's change for
// every citation of that source, `npm run check:citations` for all.
import { createHash } from "node:crypto";
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/editor/revisions";
import { extractArchive, type ArchiveMediaType, type ExtractError } from "@/lib/sources/extract";
import { prepareArchivedText, quoteFoundIn, type ArchivedText } from "@/lib/sources/quote-check";

type Tx = Prisma.TransactionClient;

export interface QuoteCheckResult {
  checked: number;
  /** Citations whose source has no archive yet. */
  unchecked: number;
  notFound: Array<{ citationId: number; agreementId: number }>;
}

/** Checks the quotes of one record's citations, or of every citation of one source, or of all. */
export async function refreshQuoteChecks(tx: Tx | PrismaClient, scope: { agreementId: number } | { sourceId: number } | "all"): Promise<QuoteCheckResult> {
  const where = scope === "all" ? {} : scope;
  const citations = await tx.citation.findMany({ where, select: { id: true, agreementId: true, sourceId: true, quote: true, quoteFound: true } });
  const sourceIds = [...new Set(citations.map((c) => c.sourceId))];
  const archives = new Map<number, ArchivedText>();
  for (const a of await tx.sourceArchive.findMany({ where: { sourceId: { in: sourceIds } }, select: { sourceId: true, text: true, mediaType: true } }))
    archives.set(a.sourceId, prepareArchivedText(a.text, a.mediaType));

  const found: number[] = [];
  const missing: number[] = [];
  const unchecked: number[] = [];
  const result: QuoteCheckResult = { checked: 0, unchecked: 0, notFound: [] };
  for (const c of citations) {
    const archive = archives.get(c.sourceId);
    const verdict = archive ? quoteFoundIn(archive, c.quote) : null;
    if (verdict === null) result.unchecked++;
    else result.checked++;
    if (verdict === false) result.notFound.push({ citationId: c.id, agreementId: c.agreementId });
    // Only rows whose verdict changed are written.
    if (verdict === c.quoteFound) continue;
    (verdict === null ? unchecked : verdict ? found : missing).push(c.id);
  }
  for (const [ids, quoteFound] of [[found, true], [missing, false], [unchecked, null]] as const) {
    if (ids.length) await tx.citation.updateMany({ where: { id: { in: ids } }, data: { quoteFound } });
  }
  return result;
}

import { SEED_ARCHIVER } from "@/lib/sources/media";
export { SEED_ARCHIVER };

export type ArchiveUpload = { kind: "text"; text: string } | { kind: "file"; fileName: string; bytes: Uint8Array };

export type ArchiveOutcome =
  | { ok: true; mediaType: ArchiveMediaType; sha256: string; byteSize: number; result: QuoteCheckResult; agreementIds: number[] }
  | { ok: false; error: ExtractError };

/**
 * Stores (or replaces) a source's archived copy and checks every quote of
 * the source against it. The file's text is extracted before the
 * transaction; a file that yields no text stores nothing.
 */
export async function prepareArchive(upload: ArchiveUpload) {
  if (upload.kind === "text") {
    const bytes = new TextEncoder().encode(upload.text);
    const extracted = await extractArchive(bytes);
    if (!extracted.ok) return extracted;
    // Pasted text is kept as typed, whatever it looks like.
    return { ok: true as const, mediaType: "text/plain" as const, text: upload.text, fileName: null, content: null, bytes };
  }
  const extracted = await extractArchive(upload.bytes);
  if (!extracted.ok) return extracted;
  return { ok: true as const, mediaType: extracted.mediaType, text: extracted.text, fileName: upload.fileName, content: upload.bytes, bytes: upload.bytes };
}

export async function storeArchive(
  tx: Tx,
  actor: Actor,
  sourceId: number,
  prepared: Extract<Awaited<ReturnType<typeof prepareArchive>>, { ok: true }>,
  retrievedOn: Date | null,
): Promise<Extract<ArchiveOutcome, { ok: true }>> {
  const sha256 = createHash("sha256").update(prepared.bytes).digest("hex");
  const data = {
    mediaType: prepared.mediaType,
    fileName: prepared.fileName,
    content: prepared.content ? Buffer.from(prepared.content) : null,
    text: prepared.text,
    sha256,
    byteSize: prepared.bytes.byteLength,
    retrievedOn,
    archivedAt: new Date(),
    archivedById: actor?.id ?? null,
    archivedByEmail: actor?.email ?? SEED_ARCHIVER,
  };
  const before = await tx.sourceArchive.findUnique({ where: { sourceId }, select: { sha256: true, mediaType: true, fileName: true, byteSize: true, retrievedOn: true } });
  await tx.sourceArchive.upsert({ where: { sourceId }, create: { sourceId, ...data }, update: data });
  const result = await refreshQuoteChecks(tx, { sourceId });
  const agreementIds = (await tx.citation.findMany({ where: { sourceId }, select: { agreementId: true }, distinct: ["agreementId"] })).map((c) => c.agreementId);
  const after = { sha256, mediaType: data.mediaType, fileName: data.fileName, byteSize: data.byteSize, retrievedOn: retrievedOn?.toISOString().slice(0, 10) ?? null };
  await tx.entityRevision.create({
    data: {
      entity: "source",
      entityId: sourceId,
      action: before ? "replace-archive" : "archive",
      userId: actor?.id ?? null,
      actorEmail: data.archivedByEmail,
      before: before ? { ...before, retrievedOn: before.retrievedOn?.toISOString().slice(0, 10) ?? null } : undefined,
      after,
      changes: [{ field: "archive", before: before?.sha256 ?? null, after: sha256 }],
      agreementIds,
    },
  });
  return { ok: true, mediaType: prepared.mediaType, sha256, byteSize: data.byteSize, result, agreementIds };
}
