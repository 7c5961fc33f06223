// Playwright's `test` for this suite: every page a test opens — through the
// `page` fixture or a context of its own (staffPage, browser.newContext with
// watchContext) — reports Content-Security-Policy violations, and a test
// during which any page had one fails. So an inline script a page did not
// come with (one the server's policy has no hash for, lib/server/script-policy.mjs)
// fails the suite.
import { test as base, expect, type BrowserContext, type Page } from "@playwright/test";

const violations: string[] = [];

/** The violations seen since the current test began (the guard test empties it after checking). */
export function cspViolations(): string[] {
  return violations;
}

export function watchContext(context: BrowserContext): BrowserContext {
  // Registered through the browser's debugging protocol, not as a page script: not itself subject to the policy.
  void context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (e) => console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} at ${e.sourceFile}:${e.lineNumber}`));
  });
  const watch = (page: Page) => page.on("console", (message) => {
    if (message.text().startsWith("CSP violation:")) violations.push(`${page.url()}: ${message.text()}`);
  });
  context.pages().forEach(watch);
  context.on("page", watch);
  return context;
}

export const test = base.extend<{ cspGuard: void }>({
  context: async ({ context }, provide) => {
    await provide(watchContext(context));
  },
  cspGuard: [
    async ({}, provide) => {
      violations.length = 0;
      await provide();
      expect(violations, "Content-Security-Policy violations").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
