import { CLIENT_HEADER } from "@/lib/server/client-header.mjs";

// The client's address as the front door (lib/server/front-door.mjs) found
// it: the socket's peer, or past the configured trusted proxies the first
// address they did not add. The front door replaces any value a client sends
// in this header, so it cannot be forged through `npm start`; X-Forwarded-For
// is never read here. Null when the app runs without the front door
// (`next dev`).
export function clientAddress(request: Request): string | null {
  return request.headers.get(CLIENT_HEADER) || null;
}
