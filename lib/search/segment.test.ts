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

  it("splits Japanese into words with the Japanese segmenter, beside Thai and Latin text", () => {
    expect(segmentWords("日・タイ郵便分野における協力覚書")).toEqual(["日", "タイ", "郵便", "分野", "における", "協力", "覚書"]);
    // The same word is found alone (a query) and inside a sentence (the index).
    expect(segmentWords("郵便")).toEqual(["郵便"]);
    expect(segmentWords("ไปรษณีย์ 郵便 Postal")).toEqual(["ไปรษณีย์", "郵便", "postal"]);
  });

  it("gives nothing for text with no words", () => {
    expect(segmentWords(" ,.!? ")).toEqual([]);
  });
});
