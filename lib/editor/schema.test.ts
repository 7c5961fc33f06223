import { describe, expect, it } from "vitest";
import { agreementInputSchema, fieldErrorsOf, partialDateText } from "@/lib/editor/schema";
import { changedCitedFacts, uncitedFacts } from "@/lib/editor/facts";
import { emptyAgreementInput } from "@/lib/editor/defaults";
import { diffInputs } from "@/lib/editor/diff";

describe("partial dates as typed", () => {
  it.each([
    ["", true],
    ["2026", true],
    ["2026-03", true],
    ["2026-03-14", true],
    ["2026-02-30", false],
    ["2026-13", false],
    ["14/03/2026", false],
    ["2569", false],
    ["1850", false],
  ])("%s → %s", (value, ok) => {
    expect(partialDateText.safeParse(value).success).toBe(ok);
  });

  it("names a Buddhist Era year as such", () => {
    const result = partialDateText.safeParse("2569-03-14");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe("dateBuddhistEra");
  });

  it("refuses a Japanese era year typed by mistake, with its own hint", () => {
    for (const typed of ["平成27-04-30", "平成27", "令和元", "H27", "R1-11", "h.31", "27-04-30", "27"]) {
      const result = partialDateText.safeParse(typed);
      expect(result.error?.issues[0]?.message, typed).toBe("dateJapaneseEra");
    }
    for (const typed of ["2015-04-30", "<=2019-11", "2017"]) expect(partialDateText.safeParse(typed).success, typed).toBe(true);
    expect(partialDateText.safeParse("2015年").error?.issues[0]?.message).toBe("dateFormat");
  });
});

describe("the whole record", () => {
  const base = { ...emptyAgreementInput(), slug: "a-record", titleTh: "ความตกลง", titleEn: "Agreement" };

  it("accepts a record with only its titles", () => {
    expect(agreementInputSchema.safeParse(base).success).toBe(true);
  });

  it("compares partial dates by what they may mean: 2019 may end after 2019-11", () => {
    expect(agreementInputSchema.safeParse({ ...base, signedOn: "2019-11", expiresOn: "2019" }).success).toBe(true);
    const r = agreementInputSchema.safeParse({ ...base, signedOn: "2019-11", expiresOn: "2018" });
    expect(fieldErrorsOf(r.error!)).toEqual({ expiresOn: "expiryBeforeSignature" });
  });

  it("reports wrong types as one generic key, never a library message", () => {
    const r = agreementInputSchema.safeParse({ ...base, parties: "MIC" });
    expect(fieldErrorsOf(r.error!)).toEqual({ parties: "invalid" });
  });
});

describe("diffInputs", () => {
  it("ignores key order (jsonb reorders keys) and lists changed fields only", () => {
    const before = { ...emptyAgreementInput(), parties: [{ organizationId: 1, newOrganization: null }] };
    const reordered = { ...before, parties: [{ newOrganization: null, organizationId: 1 }] };
    expect(diffInputs(before, reordered)).toEqual([]);
    expect(diffInputs(before, { ...before, titleEn: "New" })).toEqual([{ field: "titleEn", before: "", after: "New" }]);
  });
});

describe("uncitedFacts", () => {
  it("lists what the record states that no citation backs, rows by number", () => {
    const input = {
      ...emptyAgreementInput(),
      titleTh: "ก",
      titleEn: "A",
      signedOn: "2026-03",
      parties: [
        { organizationId: 1, newOrganization: null },
        { organizationId: 2, newOrganization: null },
      ],
      sources: [{ sourceId: 1, newSource: null }],
      // One passage backs the signature date and the second party.
      citations: [
        {
          source: 0,
          quote: "q",
          quoteEn: "",
          noteTh: "",
          noteEn: "",
          facts: [
            { fact: "signedOn" as const, row: null },
            { fact: "party" as const, row: 1 },
          ],
        },
      ],
    };
    expect(uncitedFacts(input)).toEqual([
      { fact: "title", row: null },
      { fact: "kind", row: null },
      { fact: "party", row: 0 },
    ]);
  });
});

describe("changedCitedFacts", () => {
  const cite = (fact: "signedOn" | "signatory" | "title", row: number | null) => ({ source: 0, quote: "q", quoteEn: "", noteTh: "", noteEn: "", facts: [{ fact, row }] });
  const saved = {
    ...emptyAgreementInput(),
    signedOn: "2015-04-30",
    summaryEn: "old",
    signatories: [{ nameTh: "", nameEn: "", positionTh: "รัฐมนตรี", positionEn: "Minister", party: 0, role: "SIGNATORY" as const, planned: false }],
    citations: [cite("signedOn", null), cite("signatory", 0), cite("title", null)],
  };

  it("names cited facts whose values changed, and nothing else", () => {
    expect(changedCitedFacts(saved, saved)).toEqual([]);
    const current = { ...saved, signedOn: "2015-04", summaryEn: "new (not cited)", signatories: [{ ...saved.signatories[0]!, positionEn: "Deputy Minister" }] };
    expect(changedCitedFacts(saved, current)).toEqual([
      { fact: "signedOn", row: null },
      { fact: "signatory", row: 0 },
    ]);
  });
});
