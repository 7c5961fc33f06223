// One spelling per address, decided once, before anything is decided about
// the address. Next's router decodes percent-escapes before it matches a
// route ("/en/%65ditor" renders the editor), and browsers, proxies and
// crawlers resolve dot segments and collapse slashes in their own ways; a
// check on the raw path ("is this a staff page?", "is this the API?", the
// front cache's key) would see one address where the router sees another
// (issue 24: staff pages cached as public through "/en/%65ditor", the API
// limit bypassed through "/api/x/../v1/…"). So the front door
// (lib/server/front-door.mjs) turns every path into its canonical form and
// redirects to it when the request spelled it otherwise; everything after
// the front door, Next included, sees canonical paths only.
//
// The canonical form, segment by segment:
// - "\" is a "/" (as WHATWG URLs read it); empty segments ("//", a trailing
//   "/") are dropped; "." and ".." (escaped or not: "%2e%2e") are resolved;
// - each segment is decoded, then escaped again with upper-case hex exactly
//   as browsers escape a path (WHATWG URL's path percent-encode set: space,
//   '"', "#", "<", ">", "?", "`", "{", "}", controls and non-ASCII), so that
//   what a browser sends is already canonical and costs no redirect;
// - a first segment naming a locale in another case ("/EN/") is lower-cased.
// A path that cannot be decoded, or whose decoded segment holds "/", "\",
// "%" (Next would decode it again) or a control character, has no canonical
// form: no address of the registry holds any of them, and the door answers
// 400. Hand-written because URL libraries normalize for fetching (WHATWG URL
// keeps "%65" and "//"), not for deciding what a router will match; the rules
// are few and tested against a table of spellings (tests/unit/canonical-path.test.ts).

// i18n/locales.ts, which this plain-JavaScript file (run by node, unbundled) cannot import.
export const LOCALES = ["th", "en", "ja"];
// Characters encodeURIComponent escapes that browsers send in a path as they are.
const KEPT = /%(24|26|2B|2C|3A|3B|3D|40|5B|5D|5E|7C)/g;
const FORBIDDEN = /[/\\%\u0000-\u001f\u007f]/;

function escapeSegment(segment) {
  return encodeURIComponent(segment).replace(KEPT, (escape) => decodeURIComponent(escape));
}

/**
 * The canonical form of `path` (no query string), or null when it has none.
 * An absolute-form request target ("http://host/path") is read for its path.
 */
export function canonicalPath(path) {
  let raw = path;
  if (!raw.startsWith("/")) {
    if (!/^https?:\/\//i.test(raw)) return null;
    try {
      raw = new URL(raw).pathname;
    } catch {
      return null;
    }
  }
  const out = [];
  for (const segment of raw.split(/[/\\]/)) {
    let decoded;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return null;
    }
    if (FORBIDDEN.test(decoded)) return null;
    if (decoded === "" || decoded === ".") continue;
    if (decoded === "..") {
      out.pop();
      continue;
    }
    out.push(escapeSegment(decoded));
  }
  if (out.length && LOCALES.includes(out[0].toLowerCase())) out[0] = out[0].toLowerCase();
  return "/" + out.join("/");
}

/** A request target split into its path and its query ("" or "?…"). */
export function splitTarget(url) {
  const at = url.indexOf("?");
  return at === -1 ? [url, ""] : [url.slice(0, at), url.slice(at)];
}
