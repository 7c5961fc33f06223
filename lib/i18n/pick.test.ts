import { describe, expect, it } from "vitest";
import { labelIn, languageOfText, pick } from "./pick";

describe("pick", () => {
  it("takes the page's language when present", () => {
    expect(pick({ th: "ไทย", en: "English" }, "en")).toEqual({ text: "English", lang: "en", fallback: false });
  });
  it("falls back to the other language, flagged so it can be labelled", () => {
    expect(pick({ th: "ไทย", en: null }, "en")).toEqual({ text: "ไทย", lang: "th", fallback: true });
    expect(pick({ th: "", en: "English" }, "th")).toEqual({ text: "English", lang: "en", fallback: true });
  });
  it("on a Japanese page, takes Japanese, else English, else Thai", () => {
    expect(pick({ th: "ไทย", en: "English", ja: "日本語" }, "ja")).toEqual({ text: "日本語", lang: "ja", fallback: false });
    expect(pick({ th: "ไทย", en: "English", ja: null }, "ja")).toEqual({ text: "English", lang: "en", fallback: true });
    expect(pick({ th: "ไทย", en: "" }, "ja")).toEqual({ text: "ไทย", lang: "th", fallback: true });
  });
  it("never offers Japanese to a Thai or English page that lacks its own text", () => {
    expect(pick({ th: "", en: "English", ja: "日本語" }, "th")).toEqual({ text: "English", lang: "en", fallback: true });
    expect(pick({ th: null, en: null, ja: "日本語" }, "en")).toBeNull();
  });
  it("gives nothing when neither language has the text", () => {
    expect(pick({ th: null, en: null }, "th")).toBeNull();
    expect(pick(null, "th")).toBeNull();
  });
  it("tells a stored text's language from its script", () => {
    expect(languageOfText("กระทรวงดีอี ลงนาม MoC")).toBe("th");
    expect(languageOfText("総務審議官")).toBe("ja");
    expect(languageOfText("Vice-Minister for Policy Coordination")).toBe("en");
  });
});

describe("labelIn", () => {
  it("gives the page's own text without a lang, and a stand-in with its own", () => {
    expect(labelIn({ th: "ไปรษณีย์", en: "Postal services", ja: "郵便" }, "ja")).toEqual({ text: "郵便", lang: undefined });
    expect(labelIn({ th: "ไปรษณีย์", en: "Postal services", ja: null }, "ja")).toEqual({ text: "Postal services", lang: "en" });
    expect(labelIn({ th: "ไปรษณีย์", en: "Postal services" }, "th")).toEqual({ text: "ไปรษณีย์", lang: undefined });
    expect(labelIn({ th: "", en: "Postal services" }, "th")).toEqual({ text: "Postal services", lang: "en" });
  });
});
