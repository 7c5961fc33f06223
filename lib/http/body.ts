// A request body read as JSON, within a size limit: the declared length is
// checked before reading, the real length after (a client can lie in
// Content-Length or send none).
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ value: unknown } | "tooLarge" | "notJson"> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > maxBytes) return "tooLarge";
  const text = await request.text();
  if (Buffer.byteLength(text) > maxBytes) return "tooLarge";
  try {
    return { value: JSON.parse(text) };
  } catch {
    return "notJson";
  }
}
