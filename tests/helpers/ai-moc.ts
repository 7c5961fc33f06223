// The MoC the readers tried (issue 28): MDES–MIC on artificial
// intelligence and data, signed and in effect on 15 October 2025, a
// five-year term that renews itself, six months' notice. Test data only, in
// throwaway databases: its computed dates are notice 14 April 2030, end
// 14 October 2030, next renewal 15 October 2030.
import { emptyAgreementInput } from "@/lib/editor/defaults";
import type { AgreementInput } from "@/lib/editor/schema";

export const AI_MOC = {
  notice: "2030-04-14",
  end: "2030-10-14",
  renewal: "2030-10-15",
};

/** The record as an editor enters it; organization ids are the seeded MDES and MIC. */
export function aiMocInput(slug: string, ids: { mdes: number; mic: number }): AgreementInput {
  return {
    ...emptyAgreementInput(),
    slug,
    kind: "MEMORANDUM_OF_COOPERATION",
    titleTh: "บันทึกความร่วมมือระหว่างกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งราชอาณาจักรไทย และกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น ว่าด้วยความร่วมมือด้านปัญญาประดิษฐ์และข้อมูล",
    titleEn: "Memorandum of Cooperation between the Ministry of Digital Economy and Society of Thailand and the Ministry of Internal Affairs and Communications of Japan on Artificial Intelligence and Data",
    titleJa: "人工知能及びデータ分野の協力に関する覚書",
    summaryEn: "Cooperation on artificial intelligence and data governance, signed in Tokyo.",
    signedOn: "2025-10-15",
    effectiveOn: "2025-10-15",
    termMonths: 60,
    automaticRenewal: "yes",
    terminationNoticeMonths: 6,
    parties: [
      { organizationId: ids.mdes, newOrganization: null },
      { organizationId: ids.mic, newOrganization: null },
    ],
    signatories: [
      { nameTh: "ชัยชนก ชิดชอบ", nameEn: "Chaichanok Chidchob", positionTh: "รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", positionEn: "Minister of Digital Economy and Society", party: 0, role: "SIGNATORY", planned: false },
      { nameTh: "มุราคามิ เซอิจิโร", nameEn: "Seiichiro Murakami", positionTh: "รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสาร", positionEn: "Minister for Internal Affairs and Communications", party: 1, role: "SIGNATORY", planned: false },
    ],
    scopeAreas: [{ scopeAreaId: null, newScopeArea: { labelTh: "ปัญญาประดิษฐ์", labelEn: "Artificial intelligence", labelJa: "人工知能" } }],
    sources: [{ sourceId: null, newSource: { title: "Test press release (AI MoC)", url: "https://example.org/ai-moc", publisher: "", language: "en", publishedOn: "2025-10-15" } }],
    citations: [{ source: 0, quote: "signed on 15 October 2025", quoteEn: "", quoteTh: "", quoteJa: "", contradicts: false, noteTh: "", noteEn: "", facts: [{ fact: "signedOn", row: null }] }],
  } as AgreementInput;
}
