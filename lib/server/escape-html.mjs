// Text and attribute values written into HTML by hand (the front door's own
// small pages, the outage page, a composed search page's results). The same
// five characters, escaped as React escapes them (escapeTextForBrowser), so a
// composed search page is byte for byte what React would write
// (tests/e2e/search-composed.spec.ts). Five replacements are all it takes; no
// library needed for that.
const ENTITIES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#x27;" };

export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}
