// Reads for the staff workspace: every record whatever its state, and the
// reference lists the form picks from. Staff-only: callers check the session.
import { agreementInclude } from "@/lib/agreements/queries";
import { serializeAgreement } from "@/lib/agreements/serialize";
import { getDb } from "@/lib/db/client";
import type { PublicationState, Visibility } from "@/lib/enums";

/** Records a page of the staff list shows. */
export const STAFF_PAGE_SIZE = 50;

export interface StaffListQuery {
  state?: PublicationState;
  visibility?: Visibility;
  /** Matches any part of a title or the slug, in either language. */
  q?: string;
  /** Records with a quote not found in its source's archive, or with facts no citation backs. */
  flag?: StaffFlag;
  page?: number;
}

export const STAFF_FLAGS = ["quotes", "uncited"] as const;
export type StaffFlag = (typeof STAFF_FLAGS)[number];

/** One page of every record, newest change first, with how many match: in SQL, whatever the registry's size. */
export async function listStaffAgreements({ state, visibility, q = "", flag, page = 1 }: StaffListQuery = {}) {
  const text = q ? { OR: (["titleTh", "titleEn", "slug"] as const).map((field) => ({ [field]: { contains: q, mode: "insensitive" as const } })) } : {};
  const flagged = flag === "quotes" ? { citations: { some: { quoteFound: false } } } : flag === "uncited" ? { uncitedFacts: { gt: 0 } } : {};
  const where = { ...(state ? { publicationState: state } : {}), ...(visibility ? { visibility } : {}), ...text, ...flagged };
  const [total, rows] = await Promise.all([
    getDb().agreement.count({ where }),
    getDb().agreement.findMany({
      where,
      select: {
        id: true,
        slug: true,
        titleTh: true,
        titleEn: true,
        titleJa: true,
        kind: true,
        publicationState: true,
        visibility: true,
        version: true,
        updatedAt: true,
        uncitedFacts: true,
        _count: { select: { citations: { where: { quoteFound: false } } } },
      },
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
    }),
  ]);
  return { rows, total, page, pages: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)) };
}

export type StaffAgreementRow = Awaited<ReturnType<typeof listStaffAgreements>>["rows"][number];

export interface EditorOptions {
  /** th/en/ja: each name with its abbreviation, for choosing; nameTh…abbreviation: as stored, for finding them in a passage. */
  organizations: Array<{ id: number; th: string; en: string; ja: string | null; nameTh: string; nameEn: string; nameJa: string | null; abbreviation: string | null }>;
  scopeAreas: Array<{ id: number; th: string; en: string; ja: string | null }>;
  sources: Array<{ id: number; title: string; url: string | null; language: string; archived: boolean }>;
  agreements: Array<{ id: number; th: string; en: string; ja: string | null }>;
}

export async function getEditorOptions(): Promise<EditorOptions> {
  const db = getDb();
  const [organizations, scopeAreas, sources, agreements] = await Promise.all([
    db.organization.findMany({ orderBy: { nameEn: "asc" } }),
    db.scopeArea.findMany({ orderBy: { labelEn: "asc" } }),
    db.source.findMany({ orderBy: { id: "asc" }, select: { id: true, title: true, url: true, language: true, archive: { select: { sourceId: true } } } }),
    db.agreement.findMany({ orderBy: { id: "asc" }, select: { id: true, titleTh: true, titleEn: true, titleJa: true } }),
  ]);
  return {
    organizations: organizations.map((o) => ({ id: o.id, nameTh: o.nameTh, nameEn: o.nameEn, nameJa: o.nameJa, abbreviation: o.abbreviation, th: o.abbreviation ? `${o.nameTh} (${o.abbreviation})` : o.nameTh, en: o.abbreviation ? `${o.nameEn} (${o.abbreviation})` : o.nameEn, ja: o.nameJa && o.abbreviation ? `${o.nameJa} (${o.abbreviation})` : o.nameJa })),
    scopeAreas: scopeAreas.map((s) => ({ id: s.id, th: s.labelTh, en: s.labelEn, ja: s.labelJa })),
    sources: sources.map(({ archive, ...s }) => ({ ...s, archived: archive !== null })),
    agreements: agreements.map((a) => ({ id: a.id, th: a.titleTh, en: a.titleEn, ja: a.titleJa })),
  };
}

export async function listRevisions(agreementId: number) {
  return getDb().revision.findMany({ where: { agreementId }, orderBy: { version: "desc" } });
}

/** A record of any state in the public page's shape, for the staff preview. */
export async function getPreviewView(id: number) {
  const row = await getDb().agreement.findUnique({ where: { id }, include: agreementInclude, omit: { internalNote: true } });
  return row ? { view: serializeAgreement(row), publicationState: row.publicationState, visibility: row.visibility } : null;
}
