import { describe, expect, it } from "vitest";
import { highlight } from "./highlight";
import type { Passage } from "./index-agreement";
import type { Needle } from "./query";

const passages: Passage[] = [
  { field: "quote", lang: "th", text: "พรชัย รุจิประภา ... นางซะนะเอะ ทาคาอิชิ (H.E. Ms. Sanae TAKAICHI) รัฐมนตรีว่าการ" },
  { field: "scopeArea", lang: "th", text: "ความมั่นคงปลอดภัยทางไซเบอร์" },
  { field: "scopeArea", lang: "en", text: "Cybersecurity" },
  { field: "title", lang: "en", text: "Memorandum of Cooperation on Postal Services between Thailand and Japan" },
  { field: "summary", lang: "en", text: "Cooperation on artificial intelligence (AI) and data." },
];

const word = (...words: string[]): Needle => ({ words, prefix: false });
const marked = (h: ReturnType<typeof highlight>) => h?.parts.filter((p) => p.mark).map((p) => p.text);

describe("highlight", () => {
  it("marks a Thai word the segmenter splits out of a longer phrase", () => {
    const h = highlight(passages, [word("ไซเบอร์")], "th");
    expect(h?.field).toBe("scopeArea");
    expect(marked(h)).toEqual(["ไซเบอร์"]);
  });

  it("prefers titles, and marks without regard to case", () => {
    expect(marked(highlight(passages, [word("postal")], "en"))).toEqual(["Postal"]);
  });

  it("marks a word the query begins (a prefix needle), whole", () => {
    expect(marked(highlight(passages, [{ words: ["serv"], prefix: true }], "en"))).toEqual(["Services"]);
  });

  it("never marks a short word inside a longer one: 'ai' is not in 'Thailand'", () => {
    const h = highlight(passages, [word("ai")], "en");
    expect(h?.field).toBe("summary");
    expect(marked(h)).toEqual(["AI"]);
  });

  it("marks a synonym phrase only where its words stand together", () => {
    expect(marked(highlight(passages, [word("artificial", "intelligence")], "en"))).toEqual(["artificial intelligence"]);
    // "of" alone (a word of "memorandum of cooperation") is not marked where the phrase is not.
    expect(highlight(passages.slice(4), [word("memorandum", "of", "cooperation")], "en")).toBeNull();
  });

  it("gives nothing when no passage holds a matched word (a record found by the year of its dates)", () => {
    expect(highlight(passages, [word("blockchain")], "en")).toBeNull();
    expect(highlight(passages, [], "en")).toBeNull();
  });
});
