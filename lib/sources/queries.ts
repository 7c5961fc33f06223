// Reads of sources: the staff list and page (any source), and the public
// page of a source that a published public record cites.
import { getDb } from "@/lib/db/client";
import { publicWhere } from "@/lib/agreements/queries";
import { isSlug } from "@/lib/http/params";
import { toIsoString } from "@/lib/dates/partial-date";

export const SOURCE_PAGE_SIZE = 50;
export const SOURCE_FILTERS = ["archived", "unarchived", "flagged"] as const;
export type SourceFilter = (typeof SOURCE_FILTERS)[number];

/** One page of sources, with how many match: title, address, publisher or key contain `q`. */
export async function listStaffSources({ q = "", filter, page = 1 }: { q?: string; filter?: SourceFilter; page?: number }) {
  const text = q ? { OR: (["title", "url", "publisher", "key"] as const).map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) } : {};
  const filtered =
    filter === "archived" ? { archive: { isNot: null } } : filter === "unarchived" ? { archive: { is: null } } : filter === "flagged" ? { citations: { some: { quoteFound: false } } } : {};
  const where = { ...text, ...filtered };
  const db = getDb();
  const [total, rows] = await Promise.all([
    db.source.count({ where }),
    db.source.findMany({
      where,
      select: {
        id: true,
        key: true,
        title: true,
        url: true,
        publisher: true,
        publishedOn: true,
        publishedPrecision: true,
        language: true,
        archive: { select: { mediaType: true, retrievedOn: true } },
        _count: { select: { citations: true } },
      },
      orderBy: { id: "desc" },
      skip: (page - 1) * SOURCE_PAGE_SIZE,
      take: SOURCE_PAGE_SIZE,
    }),
  ]);
  // Quotes not found, per source on this page: one grouped query.
  const flagged = new Map(
    (await db.citation.groupBy({ by: ["sourceId"], where: { sourceId: { in: rows.map((r) => r.id) }, quoteFound: false }, _count: { _all: true } })).map((g) => [g.sourceId, g._count._all]),
  );
  return { rows: rows.map((r) => ({ ...r, notFound: flagged.get(r.id) ?? 0 })), total, page, pages: Math.max(1, Math.ceil(total / SOURCE_PAGE_SIZE)) };
}

/** A source with its archive's description, the citations of it and their records, and its history. */
export async function getStaffSource(id: number) {
  const db = getDb();
  const source = await db.source.findUnique({
    where: { id },
    include: { archive: { omit: { content: true, text: true } } },
  });
  if (!source) return null;
  const [citations, history, text] = await Promise.all([
    db.citation.findMany({
      where: { sourceId: id },
      select: { id: true, facts: { select: { fact: true }, orderBy: { id: "asc" } }, quote: true, quoteFound: true, agreement: { select: { id: true, slug: true, titleTh: true, titleEn: true, titleJa: true, publicationState: true, visibility: true } } },
      orderBy: [{ quoteFound: { sort: "asc", nulls: "last" } }, { agreementId: "asc" }, { id: "asc" }],
    }),
    db.entityRevision.findMany({ where: { entity: "source", entityId: id }, orderBy: { id: "desc" }, take: 50 }),
    db.sourceArchive.findUnique({ where: { sourceId: id }, select: { text: true } }),
  ]);
  return { source, citations, history, archivedText: text?.text ?? null };
}

/** A source as the public may see it: only one that a published, public record cites. */
export async function getPublicSource(key: string) {
  if (!isSlug(key)) return null;
  const db = getDb();
  const source = await db.source.findUnique({ where: { key }, include: { archive: { omit: { content: true } } } });
  if (!source) return null;
  const records = await db.agreement.findMany({
    where: { ...publicWhere, citations: { some: { sourceId: source.id } } },
    select: { slug: true, titleTh: true, titleEn: true, titleJa: true },
    orderBy: [{ referenceOn: { sort: "asc", nulls: "last" } }, { id: "asc" }],
  });
  if (records.length === 0) return null;
  const { archive } = source;
  return {
    key: source.key,
    title: source.title,
    url: source.url,
    publisher: source.publisher,
    publishedOn: source.publishedOn && source.publishedPrecision ? toIsoString({ date: source.publishedOn.toISOString().slice(0, 10), precision: source.publishedPrecision }) : null,
    language: source.language,
    archive: archive
      ? { mediaType: archive.mediaType, fileName: archive.fileName, text: archive.text, sha256: archive.sha256, byteSize: archive.byteSize, retrievedOn: archive.retrievedOn?.toISOString().slice(0, 10) ?? null, archivedAt: archive.archivedAt.toISOString() }
      : null,
    records: records.map((r) => ({ slug: r.slug, title: { th: r.titleTh, en: r.titleEn } })),
  };
}

/** The archived file as it was uploaded (or the pasted text), for download; only for a public source. */
export async function getPublicArchiveFile(key: string) {
  if (!isSlug(key)) return null;
  const db = getDb();
  const source = await db.source.findUnique({ where: { key }, select: { id: true, archive: true } });
  if (!source?.archive) return null;
  const cited = await db.agreement.count({ where: { ...publicWhere, citations: { some: { sourceId: source.id } } } });
  if (cited === 0) return null;
  const a = source.archive;
  return { mediaType: a.mediaType, fileName: a.fileName ?? `${key}.txt`, bytes: a.content ? new Uint8Array(a.content) : new TextEncoder().encode(a.text), sha256: a.sha256 };
}
