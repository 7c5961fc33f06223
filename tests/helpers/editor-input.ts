import { emptyAgreementInput } from "@/lib/editor/defaults";
import type { AgreementInput } from "@/lib/editor/schema";
import type { PrismaClient } from "@/lib/generated/prisma/client";

/** A complete new MoC as an editor would enter it, on existing reference rows. */
export async function sampleInput(db: PrismaClient, slug: string): Promise<AgreementInput> {
  const [mdes, mic] = await Promise.all([db.organization.findUniqueOrThrow({ where: { slug: "mdes" } }), db.organization.findUniqueOrThrow({ where: { slug: "mic" } })]);
  const scopes = await db.scopeArea.findMany({ orderBy: { key: "asc" }, take: 2 });
  return {
    ...emptyAgreementInput(),
    slug,
    titleTh: "บันทึกความร่วมมือทดสอบ",
    titleEn: "Test Memorandum of Cooperation",
    signedOn: "2026-03",
    termMonths: 36,
    terminationNoticeMonths: 6,
    parties: [
      { organizationId: mdes.id, newOrganization: null },
      { organizationId: mic.id, newOrganization: null },
    ],
    signatories: [
      { nameTh: "", nameEn: "", positionTh: "รัฐมนตรี", positionEn: "Minister", party: 0, role: "SIGNATORY", planned: false },
      { nameTh: "", nameEn: "", positionTh: "รัฐมนตรีญี่ปุ่น", positionEn: "Japanese Minister", party: 1, role: "SIGNATORY", planned: false },
    ],
    scopeAreas: scopes.map((s) => ({ scopeAreaId: s.id, newScopeArea: null })),
    sources: [{ sourceId: null, newSource: { title: "Test press release", url: "https://example.org/press", publisher: "", language: "en", publishedOn: "2026-03-10" } }],
    citations: [{ source: 0, quote: "signed in March 2026", quoteEn: "", quoteTh: "", quoteJa: "", contradicts: false, noteTh: "", noteEn: "", facts: [{ fact: "signedOn", row: null }] }],
  };
}

type Citation = AgreementInput["citations"][number];
/** A passage of the record's first source (or `source`) backing `facts`. */
export function passage(quote: string, facts: Array<[Citation["facts"][number]["fact"], number | null]>, source = 0): Citation {
  return { source, quote, quoteEn: "", quoteTh: "", quoteJa: "", contradicts: false, noteTh: "", noteEn: "", facts: facts.map(([fact, row]) => ({ fact, row })) };
}
