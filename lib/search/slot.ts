/**
 * The query a search page's frame is rendered for (lib/search/compose-page.ts):
 * the list page given it draws its form, header and footer as for any search,
 * with this word where the reader's query goes, and an empty element where
 * the results go. Letters and digits only, so it reads the same in a URL
 * and in HTML, however each escapes.
 */
export const SEARCH_SLOT = "registryqueryslot7d41c9e2";

/** Where the frame's results go. */
export const RESULTS_SLOT = `<div data-search-results=""></div>`;
