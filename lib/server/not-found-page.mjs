// A 404 that reads without JavaScript. Next answers notFound() from a page
// (an unknown record, an unknown address under a locale) with an empty
// document, <html id="__next_error__">, whose text only its client script
// draws from the RSC payload (vercel/next.js #62228, #98954): a reader
// without JavaScript, a screen reader before the script has run and a
// crawler get a blank page with no language. The server puts in its place
// the same notice as the app draws it on an ordinary page
// (app/[locale]/not-found-page), asked of this process once per language,
// sent without the client runtime (lib/server/record-page.mjs: nothing on it
// needs hydrating, and hydrating it would put that page's address in the
// reader's address bar), with the language switch's links pointing at the
// address asked for. The status stays 404.
import { INTERNAL_HEADER, refreshToken } from "./refresh.mjs";
import { withoutClientRuntime } from "./record-page.mjs";
import { LOCALES } from "./canonical-path.mjs";

const PAGE = "/not-found-page";
const pages = new Map(); // locale → Promise<string | null>, for this process (one build)

/** Whether `html` is Next's empty error document. */
export function isEmptyErrorDocument(html) {
  return html.startsWith("<!DOCTYPE html><html id=\"__next_error__\">");
}

/** The locale a canonical path is in, or null outside any. */
export function localeOf(url) {
  const first = (url ?? "").split("?")[0].split("/")[1];
  return LOCALES.includes(first) ? first : null;
}

async function fetchPage(locale) {
  const origin = process.env.__NEXT_PRIVATE_ORIGIN;
  if (!origin) return null;
  const answer = await fetch(new URL(`/${locale}${PAGE}`, origin), { headers: { [INTERNAL_HEADER]: refreshToken(), "accept-encoding": "identity" } });
  if (answer.status !== 200) return null;
  const html = withoutClientRuntime(await answer.text());
  return isEmptyErrorDocument(html) ? null : html;
}

/** The not-found page in `locale`, drawn by the app; null when it cannot be had (then Next's answer stands). */
export function notFoundPage(locale) {
  let page = pages.get(locale);
  if (!page) {
    page = fetchPage(locale).catch(() => null);
    pages.set(locale, page);
    // A failure is not kept: the next 404 asks again.
    page.then((html) => html ?? pages.delete(locale));
  }
  return page;
}

const attribute = (text) => text.replace(/[&"'<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page for a request of `url`: its language links lead to `url` in each language. */
export function forAddress(html, url) {
  const rest = (url ?? "").split("?")[0].replace(/^\/[a-z]{2}/, "");
  return html.replaceAll(`${PAGE}"`, `${attribute(rest)}"`);
}
