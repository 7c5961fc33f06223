import { describe, expect, it } from "vitest";
import { normalizeForQuotes, prepareArchivedText, quoteFoundIn } from "@/lib/sources/quote-check";

describe("quote check", () => {
  const text = prepareArchivedText("ณ กรุงโตเกียว ประเทศญี่ปุ่น\nเมื่อวันที่ ๓๐ เมษายน ๒๕๕๘ ท่านได้ลงนาม", "text/plain");

  it("finds a quote whatever the spacing and line breaks", () => {
    expect(quoteFoundIn(text, "กรุงโตเกียว ประเทศญี่ปุ่น เมื่อวันที่")).toBe(true);
    expect(quoteFoundIn(text, "กรุงโตเกียวประเทศญี่ปุ่นเมื่อวันที่")).toBe(true);
  });

  it("counts Thai and Arabic digits as the same", () => {
    expect(quoteFoundIn(text, "30 เมษายน 2558")).toBe(true);
    expect(normalizeForQuotes("๑๒๓")).toBe("123");
  });

  it("does not find a changed word, number or tone mark in typed text", () => {
    expect(quoteFoundIn(text, "31 เมษายน 2558")).toBe(false);
    expect(quoteFoundIn(text, "กรุงโตเกียว ประเทศจีน")).toBe(false);
    expect(quoteFoundIn(text, "ประเทศญี่ปุน")).toBe(false);
    expect(quoteFoundIn(text, "   ")).toBe(false);
  });

  it("folds full-width forms and typographic quotes", () => {
    const ja = prepareArchivedText("総務省は、２０２２年８月５日に“覚書”を署名しました。", "text/html");
    expect(quoteFoundIn(ja, "2022年8月5日に\"覚書\"を署名")).toBe(true);
  });

  it("ignores Thai marks only in text extracted from a PDF, whose marks may be unmapped glyphs", () => {
    const pdf = prepareArchivedText("ประเทศญี\u0000ปุ\u0000น วันที\u0000 ๓๐", "application/pdf");
    expect(quoteFoundIn(pdf, "ประเทศญี่ปุ่น วันที่ 30")).toBe(true);
    expect(quoteFoundIn(pdf, "ประเทศจีน")).toBe(false);
    const typed = prepareArchivedText("ประเทศญี\u0000ปุ\u0000น", "text/plain");
    expect(quoteFoundIn(typed, "ประเทศญี่ปุ่น")).toBe(false);
  });
});
