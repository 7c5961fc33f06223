import { describe, expect, it } from "vitest";
import { segmentedText, segmentWords } from "./segment";

describe("segmentWords", () => {
  it("splits Thai into words", () => {
    expect(segmentWords("ความมั่นคงปลอดภัยทางไซเบอร์")).toEqual(["ความ", "มั่นคง", "ปลอดภัย", "ทาง", "ไซเบอร์"]);
    expect(segmentWords("การไปรษณีย์")).toContain("ไปรษณีย์");
  });

  it("lower-cases Latin words and drops punctuation", () => {
    expect(segmentWords("H.E. Ms. Sanae TAKAICHI (MIC)")).toEqual(["he", "ms", "sanae", "takaichi", "mic"]);
  });

  it("keeps mixed Thai–Latin text and digits", () => {
    expect(segmentedText("ITU Telecom World 2016 ณ กรุงเทพมหานคร")).toBe("itu telecom world 2016 ณ กรุงเทพมหานคร");
  });

  it("gives nothing for text with no words", () => {
    expect(segmentWords(" ,.!? ")).toEqual([]);
  });
});
