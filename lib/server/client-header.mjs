// The header in which the front door (lib/server/front-door.mjs) hands the
// app the client's address, replacing any value the client sent.
export const CLIENT_HEADER = "x-registry-client";
