// What the front door answers itself: when the app is too busy to take a
// request (lib/server/admission.mjs), when an address cannot be decoded or
// carries a password, and when a body is too large.
// A small HTML page in the reader's language (from the address: /th/…,
// /en/… or /ja/…, else all three), or the API's JSON error. Built from the message files
// every page uses; no React or database needed.
import en from "../../messages/en.json" with { type: "json" };
import ja from "../../messages/ja.json" with { type: "json" };
import th from "../../messages/th.json" with { type: "json" };
import { escapeHtml } from "./escape-html.mjs";

export const RETRY_AFTER_SECONDS = 5;

function localesOf(url) {
  if (url.startsWith("/th")) return [["th", th]];
  if (url.startsWith("/en")) return [["en", en]];
  if (url.startsWith("/ja")) return [["ja", ja]];
  return [["th", th], ["en", en], ["ja", ja]];
}

export function busyAnswer(rawUrl) {
  // A link back to the same address on this site: never "//host/…".
  const url = rawUrl.startsWith("/") && !rawUrl.startsWith("//") ? rawUrl : "/";
  if (url.startsWith("/api/")) {
    return {
      type: "application/json; charset=utf-8",
      body: JSON.stringify({ error: { code: "busy", message: en.Busy.api.replace("{seconds}", String(RETRY_AFTER_SECONDS)), retryAfter: RETRY_AFTER_SECONDS } }),
    };
  }
  return page(url, "Busy", (m) => `<h1>${escapeHtml(m.Busy.heading)}</h1><p>${escapeHtml(m.Busy.body)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(m.Busy.retry)}</a></p>`);
}

/** The answer (400) to an address with a broken percent-escape, which Next would answer with a 500. */
export function badAddressAnswer(url) {
  if (url.startsWith("/api/")) return { type: "application/json; charset=utf-8", body: JSON.stringify({ error: { code: "bad_address", message: en.BadAddress.api } }) };
  return page(url, "BadAddress", (m, l) => `<h1>${escapeHtml(m.BadAddress.heading)}</h1><p>${escapeHtml(m.BadAddress.body)}</p><p><a href="/${l}">${escapeHtml(m.BadAddress.home)}</a></p>`);
}

/** The answer (400) to an address carrying a password: refused before it reaches any log. */
export function passwordInAddressAnswer(path) {
  if (path.startsWith("/api/")) return { type: "application/json; charset=utf-8", body: JSON.stringify({ error: { code: "password_in_address", message: en.PasswordInAddress.api } }) };
  return page(path, "PasswordInAddress", (m, l) => `<h1>${escapeHtml(m.PasswordInAddress.heading)}</h1><p>${escapeHtml(m.PasswordInAddress.body)}</p><p><a href="/${l}/sign-in">${escapeHtml(m.PasswordInAddress.home)}</a></p>`);
}

/** The answer (413) to a body larger than the front door takes (lib/server/front-door.mjs). */
export function tooLargeAnswer(rawUrl, maxBytes) {
  const url = rawUrl.startsWith("/") ? rawUrl : "/";
  const mb = (s) => s.replace("{mb}", String(Math.round(maxBytes / 1024 / 1024)));
  if (url.startsWith("/api/")) return { type: "application/json; charset=utf-8", body: JSON.stringify({ error: { code: "too_large", message: mb(en.TooLarge.api) } }) };
  return page(url, "TooLarge", (m, l) => `<h1>${escapeHtml(m.TooLarge.heading)}</h1><p>${escapeHtml(mb(m.TooLarge.body))}</p><p><a href="/${l}">${escapeHtml(m.TooLarge.home)}</a></p>`);
}

function page(url, namespace, section) {
  const locales = localesOf(url);
  const [lang, first] = locales[0];
  const sections = locales.map(([l, m]) => `<section lang="${l}">${section(m, l)}</section>`).join("\n");
  return {
    type: "text/html; charset=utf-8",
    body: `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(first[namespace].title)} · ${escapeHtml(first.Metadata.siteName)}</title>
<style>
body{margin:0;font-family:"Noto Sans Thai","Noto Sans",system-ui,sans-serif;line-height:1.7;color:#1f2933;background:#f5f7fa}
main{max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #d9e2ec;border-radius:.5rem}
h1{margin-top:0;font-size:1.5rem}
section+section{border-top:1px solid #d9e2ec;margin-top:1.5rem;padding-top:1.5rem}
:lang(ja){font-family:"Hiragino Sans","Yu Gothic",Meiryo,"Noto Sans CJK JP",system-ui,sans-serif}
a{color:#143d73}
</style>
</head>
<body>
<main id="main" data-testid="${namespace.replace(/[A-Z]/g, (c, i) => (i ? "-" : "") + c.toLowerCase())}">
${sections}
</main>
</body>
</html>`,
  };
}
