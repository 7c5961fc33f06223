import { describe, expect, it } from "vitest";
import { emptyAgreementInput } from "@/lib/editor/defaults";
import { changedCitedFacts } from "@/lib/editor/facts";
import { staleStatements } from "@/lib/editor/consistency";
import type { AgreementFormValues } from "@/lib/editor/schema";

type Fact = AgreementFormValues["citations"][number]["facts"][number];
const passage = (quote: string, ...facts: Fact[]) => ({ source: 0, quote, quoteEn: "", noteTh: "", noteEn: "", facts });
const signedOn: Fact = { fact: "signedOn", row: null };
const signing: Fact = { fact: "event", row: 0 };

// The AI MoC as saved: signed 15 October 2025 (issue 27's case).
const saved: AgreementFormValues = {
  ...emptyAgreementInput(),
  signedOn: "2025-10-15",
  termMonths: 60,
  events: [{ type: "SIGNING", date: "2025-10-15", descriptionTh: "ลงนาม", descriptionEn: "Signed" }],
  signatories: [{ nameTh: "ชัยชนก ชิดชอบ", nameEn: "Chaichanok Chidchob", nameJa: "", positionTh: "", positionEn: "", party: 0, role: "SIGNATORY", planned: false }],
  citations: [
    passage("ลงนามเมื่อวันที่ ๑๕ ตุลาคม ๒๕๖๘ ณ กรุงโตเกียว โดยนายชัยชนก ชิดชอบ", signedOn, signing, { fact: "signatory", row: 0 }),
    passage("The MoC was signed on October 15, 2025.", signedOn),
    passage("令和７年１０月１５日、署名した。", signedOn),
    passage("มีระยะเวลา 5 ปี", { fact: "termMonths", row: null }),
  ],
};

describe("staleStatements", () => {
  it("15 → 14 October: names every passage still saying the 15th, in Thai, English and Japanese, and the signing event", () => {
    expect(staleStatements(saved, { ...saved, signedOn: "2025-10-14" })).toEqual([{ fact: signedOn, before: "2025-10-15", after: "2025-10-14", passages: [0, 1, 2], others: [signing] }]);
  });

  it("says nothing once passages and the event agree with the new date, or when the change is undone", () => {
    const corrected = {
      ...saved,
      signedOn: "2025-10-14",
      events: [{ ...saved.events[0]!, date: "2025-10-14" }],
      citations: saved.citations.map((c) => ({ ...c, quote: c.quote.replace("๑๕", "๑๔").replace("15", "14").replace("１５", "１４") })),
    };
    expect(staleStatements(saved, corrected)).toEqual([]);
    expect(staleStatements(saved, saved)).toEqual([]);
  });

  it("a passage that states both days (signed on one, announced the next) is not stale", () => {
    const both = { ...saved, events: [], citations: [passage("Signed on 14 October 2025 and announced on 15 October 2025.", signedOn)] };
    expect(staleStatements(both, { ...both, signedOn: "2025-10-14" })).toEqual([]);
  });

  it("does not take the 15th for the 5th, nor another month's 15th", () => {
    const other = { ...saved, signedOn: "2025-10-05", events: [], citations: [passage("signed on 15 October 2025 and 5 November 2025", signedOn)] };
    expect(staleStatements(other, { ...other, signedOn: "2025-10-06" })).toEqual([]);
  });

  it("a renamed signatory: the passage that names the old spelling", () => {
    const renamed = { ...saved, signatories: [{ ...saved.signatories[0]!, nameEn: "Chaichanok Chitchob", nameTh: "ชัยชนก ชิดชอบ" }] };
    expect(staleStatements(saved, renamed)).toEqual([]);
    const thai = { ...saved, signatories: [{ ...saved.signatories[0]!, nameTh: "ชัยชนก ชิตชอบ" }] };
    expect(staleStatements(saved, thai)).toEqual([{ fact: { fact: "signatory", row: 0 }, before: "ชัยชนก ชิดชอบ", after: "ชัยชนก ชิตชอบ", passages: [0], others: [] }]);
  });

  it("a record never saved has nothing to be stale against", () => {
    const fresh = emptyAgreementInput();
    expect(staleStatements(fresh, { ...saved, signedOn: "2025-10-14" })).toEqual([]);
  });
});

describe("changedCitedFacts on a new record", () => {
  it("lists nothing: no fact was cited before", () => {
    expect(changedCitedFacts(emptyAgreementInput(), saved)).toEqual([]);
  });
});
