// The 503 page the proxy sends while the database is unreachable. Plain HTML
// built from the same message files as every page: React and the database are
// not needed to say "try again later".
import type { Locale } from "@/i18n/routing";
import { allMessages as messages } from "@/lib/i18n/messages";
import { escapeHtml } from "@/lib/server/escape-html.mjs";


export function unavailablePage(locale: Locale, path: string): string {
  const m = messages[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(m.Metadata.unavailableTitle)} · ${escapeHtml(m.Metadata.siteName)}</title>
<style>
body{margin:0;font-family:"Noto Sans Thai","Noto Sans","Hiragino Sans","Noto Sans CJK JP","Yu Gothic",system-ui,sans-serif;line-height:1.7;color:#1f2933;background:#f5f7fa}
header{background:#fff;border-bottom:1px solid #d9e2ec;padding:.75rem 1.5rem;font-weight:600;color:#143d73}
main{max-width:40rem;margin:3rem auto;padding:2rem;background:#fff;border:1px solid #d9e2ec;border-radius:.5rem}
h1{margin-top:0;font-size:1.5rem}
a{color:#143d73}
a:focus-visible{outline:3px solid #b45309;outline-offset:2px}
</style>
</head>
<body>
<header>${escapeHtml(m.Metadata.siteName)}</header>
<main id="main" data-testid="unavailable">
<h1>${escapeHtml(m.Unavailable.heading)}</h1>
<p>${escapeHtml(m.Unavailable.body)}</p>
<p><a href="${escapeHtml(path)}">${escapeHtml(m.Unavailable.retry)}</a></p>
</main>
</body>
</html>`;
}
