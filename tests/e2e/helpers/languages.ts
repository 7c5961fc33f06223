import type { Page } from "@playwright/test";

/**
 * Text a Japanese reader meets that is not Japanese, unmarked: a text node
 * with Thai letters, or Latin words, and no Japanese script, whose nearest
 * `lang` is still ja. Abbreviations and codes (MIC, 5G, CSV, URLs) are not
 * words of another language.
 */
export async function unmarkedForeignText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? "";
      const parent = node.parentElement;
      if (!parent || parent.closest("script, style, code, pre, kbd, [hidden], .sr-only-skip, svg")) continue;
      if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text)) continue;
      const lang = parent.closest("[lang]")?.getAttribute("lang") ?? "";
      if (lang !== "ja") continue;
      const withoutCodes = text.replace(/https?:\/\/\S+|\b[\w.-]+@[\w.-]+\b|\/[\w/.?=&%-]+/g, "");
      const thai = /\p{Script=Thai}/u.test(withoutCodes);
      // A Latin word of four lower-case letters or more: "Ministry", "statement"; not MIC, depa, ICT or 5G.
      const latinWords = /\b[A-Za-z]?[a-z]{4,}\b/.test(withoutCodes);
      if (thai || latinWords) found.push(text.trim().slice(0, 80));
    }
    return found;
  });
}
