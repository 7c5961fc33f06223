import { describe, expect, it } from "vitest";
import { emptyAgreementInput } from "@/lib/editor/defaults";
import { needlesOf, suggestedFacts } from "@/lib/editor/suggest";
import type { AgreementFormValues } from "@/lib/editor/schema";

const options = {
  organizations: [
    { id: 1, th: "", en: "", ja: null, nameTh: "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", nameEn: "Ministry of Digital Economy and Society", nameJa: null, abbreviation: "MDES" },
    { id: 2, th: "", en: "", ja: null, nameTh: "กระทรวงกิจการภายในและการสื่อสาร", nameEn: "Ministry of Internal Affairs and Communications", nameJa: "総務省", abbreviation: "MIC" },
  ],
  scopeAreas: [{ id: 7, th: "ความมั่นคงปลอดภัยทางไซเบอร์", en: "Cybersecurity", ja: "サイバーセキュリティ" }],
};
const record: AgreementFormValues = {
  ...emptyAgreementInput(),
  titleTh: "บันทึกความร่วมมือด้านปัญญาประดิษฐ์และข้อมูล",
  signedOn: "2025-10-15",
  effectiveOn: "2025-10-15",
  signedAtTh: "กรุงโตเกียว",
  termMonths: 60,
  automaticRenewal: "yes",
  terminationNoticeMonths: 6,
  parties: [
    { organizationId: 1, newOrganization: null },
    { organizationId: 2, newOrganization: null },
  ],
  signatories: [{ nameTh: "ชัยชนก ชิดชอบ", nameEn: "Chaichanok Chidchob", positionTh: "", positionEn: "", party: 0, role: "SIGNATORY", planned: false }],
  scopeAreas: [
    { scopeAreaId: 7, newScopeArea: null },
    { scopeAreaId: null, newScopeArea: { labelTh: "ปัญญาประดิษฐ์", labelEn: "Artificial intelligence" } },
  ],
};
const suggest = (quote: string) => suggestedFacts(quote, needlesOf(record, options)).map((f) => (f.row === null ? f.fact : `${f.fact}:${f.row}`));

describe("suggestedFacts", () => {
  it("finds the date, place, parties, signatory and kind a Thai passage states", () => {
    expect(suggest("นายชัยชนก ชิดชอบ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ลงนามบันทึกความร่วมมือกับกระทรวงกิจการภายในและการสื่อสาร (MIC) ณ กรุงโตเกียว เมื่อวันที่ ๑๕ ตุลาคม ๒๕๖๘")).toEqual([
      "kind",
      "signedOn",
      "signedAt",
      "effectiveOn",
      "party:0",
      "party:1",
      "signatory:0",
    ]);
  });

  it("finds a term in years, the notice in months, renewal and the scope areas, in English and Japanese", () => {
    expect(suggest("The MoC is valid for five years and renews automatically unless either side gives six months' notice. It covers artificial intelligence and cybersecurity.")).toEqual([
      "termMonths",
      "terminationNoticeMonths",
      "automaticRenewal",
      "scopeArea:0",
      "scopeArea:1",
    ]);
    expect(suggest("有効期間は５年間とし、自動的に更新される。総務省")).toEqual(["termMonths", "automaticRenewal", "party:1"]);
  });

  it("does not read an abbreviation inside a word, nor a 15th of another month", () => {
    expect(suggest("the economic ministry met on 15 November 2025 for 50 months")).toEqual([]);
  });
});
