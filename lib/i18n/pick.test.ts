import { describe, expect, it } from "vitest";
import { pick } from "./pick";

describe("pick", () => {
  it("takes the page's language when present", () => {
    expect(pick({ th: "ไทย", en: "English" }, "en")).toEqual({ text: "English", lang: "en", fallback: false });
  });
  it("falls back to the other language, flagged so it can be labelled", () => {
    expect(pick({ th: "ไทย", en: null }, "en")).toEqual({ text: "ไทย", lang: "th", fallback: true });
    expect(pick({ th: "", en: "English" }, "th")).toEqual({ text: "English", lang: "en", fallback: true });
  });
  it("gives nothing when neither language has the text", () => {
    expect(pick({ th: null, en: null }, "th")).toBeNull();
    expect(pick(null, "th")).toBeNull();
  });
});
