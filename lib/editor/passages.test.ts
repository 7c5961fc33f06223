import { describe, expect, it } from "vitest";
import { emptyAgreementInput } from "@/lib/editor/defaults";
import { agreementInputSchema } from "@/lib/editor/schema";
import { passagesFromLegacy } from "@/lib/editor/passages";

const legacy = (fact: string, row: number | null, quote: string, extra: Record<string, unknown> = {}) => ({ source: 0, fact, row, quote, quoteEn: "", noteTh: "", noteEn: "", ...extra });
const base = () => ({
  ...emptyAgreementInput(),
  titleTh: "ก",
  titleEn: "A",
  slug: "a",
  signedOn: "2025-10-15",
  parties: [
    { organizationId: 1, newOrganization: null },
    { organizationId: 2, newOrganization: null },
  ],
  sources: [{ sourceId: 1, newSource: null }],
});

describe("citations in the shape before passages", () => {
  it("are read as one passage per distinct quote, backing every fact its copies backed, in order", () => {
    const parsed = agreementInputSchema.parse({
      ...base(),
      citations: [legacy("signedOn", null, "signed on 15 October 2025 by MDES and MIC"), legacy("party", 0, "signed on 15 October 2025 by MDES and MIC"), legacy("title", null, "the title"), legacy("party", 1, " signed on 15 October 2025 by MDES and MIC ")],
    });
    expect(parsed.citations.map((c) => [c.quote, c.facts])).toEqual([
      [
        "signed on 15 October 2025 by MDES and MIC",
        [
          { fact: "signedOn", row: null },
          { fact: "party", row: 0 },
          { fact: "party", row: 1 },
        ],
      ],
      ["the title", [{ fact: "title", row: null }]],
    ]);
  });

  it("keep copies apart that differ in a note, a rendering or a disagreement", () => {
    const parsed = agreementInputSchema.parse({
      ...base(),
      citations: [legacy("signedOn", null, "q"), legacy("party", 0, "q", { noteEn: "misspells MIC" }), legacy("party", 1, "q", { contradicts: true }), legacy("title", null, "q", { quoteTh: "ข" })],
    });
    expect(parsed.citations.map((c) => c.facts.map((f) => f.fact))).toEqual([["signedOn"], ["party"], ["party"], ["title"]]);
  });

  it("name the same fact once when it was cited twice with the same passage", () => {
    expect(passagesFromLegacy({ citations: [legacy("signedOn", null, "q"), legacy("signedOn", null, "q")] })).toMatchObject({ citations: [{ quote: "q", facts: [{ fact: "signedOn", row: null }] }] });
  });

  it("are still checked by the form's rules: a row that does not exist is refused where it is", () => {
    const result = agreementInputSchema.safeParse({ ...base(), citations: [legacy("party", 5, "q")] });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["citations.0.facts.0.row", "pickRow"]]);
  });
});

describe("passages", () => {
  const passage = (facts: Array<{ fact: string; row: number | null }>) => ({ source: 0, quote: "q", quoteEn: "", noteTh: "", noteEn: "", facts });

  it("must back at least one fact, each once", () => {
    const none = agreementInputSchema.safeParse({ ...base(), citations: [passage([])] });
    expect(none.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["citations.0.facts", "pickFacts"]]);
    const twice = agreementInputSchema.safeParse({ ...base(), citations: [passage([{ fact: "party", row: 1 }, { fact: "party", row: 1 }])] });
    expect(twice.error!.issues.map((i) => [i.path.join("."), i.message])).toEqual([["citations.0.facts.1.fact", "duplicateFact"]]);
  });

  it("pass through unchanged when already in the new shape", () => {
    const input = { ...base(), citations: [passage([{ fact: "signedOn", row: null }])] };
    expect(passagesFromLegacy(input)).toBe(input);
  });
});
