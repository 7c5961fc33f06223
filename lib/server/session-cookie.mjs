// Whether a request carries a staff session cookie (better-auth's, with the
// __Secure- prefix it takes over https). Only the cookie's presence: the
// front door gives such writes the staff lane, and the front cache never keeps
// an answer to such a request, since the app may have rendered it for that
// session. Whether the session is valid is the app's to decide.
const SESSION_COOKIE = /(?:^|;\s*)(?:__Secure-)?better-auth\.session_token=/;

export function hasSessionCookie(req) {
  const cookie = req.headers.cookie;
  return typeof cookie === "string" && SESSION_COOKIE.test(cookie);
}
