import { getPublicArchiveFile } from "@/lib/sources/queries";
import { jsonError, withDatabase } from "@/lib/http/errors";

/**
 * A public source's archived copy, byte for byte as archived. Always a
 * download (Content-Disposition: attachment) under a sandboxing policy: an
 * archived HTML page is someone else's page and must never run as ours.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const key = (await params).key;
  return withDatabase(async () => {
    const file = await getPublicArchiveFile(key);
    if (!file) return jsonError(404, "not_found", "No archived copy of a public source has this key.");
    const type = file.mediaType.startsWith("text/") ? `${file.mediaType}; charset=utf-8` : file.mediaType;
    const asciiName = file.fileName.replace(/[^\w.-]+/g, "_");
    return new Response(file.bytes, {
      headers: {
        "Content-Type": type,
        "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
        "Content-Security-Policy": "sandbox; default-src 'none'",
        "X-Content-Type-Options": "nosniff",
        "Cache-Control": "public, max-age=300",
        "Access-Control-Allow-Origin": "*",
      },
    });
  });
}
