// The client's address as the request carries it. X-Forwarded-For can be
// set by the client itself unless a proxy in front overwrites it; the audit
// log keeps it as a lead, not as proof.
export function clientAddress(request: Request): string | null {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || null;
}
