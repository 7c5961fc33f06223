/**
 * The only behaviour public pages need beyond links and forms, as one small
 * inline script instead of React client components, because the agreement page
 * ships no JavaScript runtime at all (lib/server/record-page.mjs):
 *  - "/" focuses the search box from anywhere, unless one is typing;
 *  - a button marked `data-print` opens the browser's print dialog;
 *  - a language switch link (`data-remember-locale`) remembers the choice.
 * It listens on the document, so it keeps working when the App Router swaps a
 * page's content on navigation. The function is sent as its own source text
 * (the pattern next-themes uses), so it must not refer to anything outside it.
 */
function enhance(searchInputId: string) {
  document.addEventListener("keydown", (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName))) return;
    const input = document.getElementById(searchInputId);
    if (input instanceof HTMLInputElement) {
      event.preventDefault();
      input.focus();
    }
  });
  document.addEventListener("click", (event) => {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest("[data-print]")) window.print();
    // The reader's choice of language, for "/" (next-intl's middleware reads
    // it). Set here rather than by the server: public pages are shared
    // answers and set no cookie (proxy.ts). A year, as next-intl's own lasts.
    const choice = event.target.closest("a[data-remember-locale]")?.getAttribute("data-remember-locale");
    if (choice && /^[a-z]{2}$/.test(choice)) document.cookie = `NEXT_LOCALE=${choice}; path=/; max-age=31536000; samesite=lax`;
  });
}

export const SEARCH_INPUT_ID = "site-search";

export const pageScript = `(${enhance.toString()})(${JSON.stringify(SEARCH_INPUT_ID)});`;
