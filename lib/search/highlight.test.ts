import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";
import type { Passage } from "./index-agreement";

const passages: Passage[] = [
  { field: "quote", lang: "th", text: "พรชัย รุจิประภา ... นางซะนะเอะ ทาคาอิชิ (H.E. Ms. Sanae TAKAICHI) รัฐมนตรีว่าการ" },
  { field: "scopeArea", lang: "th", text: "ความมั่นคงปลอดภัยทางไซเบอร์" },
  { field: "scopeArea", lang: "en", text: "Cybersecurity" },
  { field: "title", lang: "en", text: "Memorandum of Cooperation on Postal Services" },
];

const marked = (h: ReturnType<typeof highlight>) => h?.parts.filter((p) => p.mark).map((p) => p.text);

describe("highlight", () => {
  it("marks a Thai word inside a longer Thai phrase", () => {
    const h = highlight(passages, "ไซเบอร์", "th");
    expect(h?.field).toBe("scopeArea");
    expect(marked(h)).toEqual(["ไซเบอร์"]);
  });

  it("prefers titles, and marks without regard to case", () => {
    expect(marked(highlight(passages, "postal", "en"))).toEqual(["Postal"]);
  });

  it("finds a misspelt name by its first letters", () => {
    expect(marked(highlight(passages, "Takaici", "en"))).toEqual(["TAKAI"]);
  });

  it("gives nothing when no passage matches", () => {
    expect(highlight(passages, "blockchain", "en")).toBeNull();
    expect(highlight(passages, "  ", "en")).toBeNull();
  });
});
