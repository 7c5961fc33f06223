import { handleWrite, writeError, written } from "@/lib/api/write";
import { getDb } from "@/lib/db/client";
import { routeId } from "@/lib/http/params";
import { archiveSource } from "@/lib/sources/edit";
import { ARCHIVE_MAX_BODY, archiveRequestSchema } from "@/lib/sources/requests";

/**
 * Stores a source's archived copy: pasted text, or a PDF, HTML or text file
 * (base64 in JSON, so the one write gate reads it). Every quote citing the
 * source is checked against it at once.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  return handleWrite(request, { permission: "edit", found: id !== null, body: archiveRequestSchema, bodyIsForm: true, maxBytes: ARCHIVE_MAX_BODY }, async (staff, body) => {
    const upload = body.file ? { kind: "file" as const, fileName: body.file.name, bytes: Buffer.from(body.file.base64, "base64") } : { kind: "text" as const, text: body.text! };
    const saved = await archiveSource(getDb(), staff, id!, upload, new Date(`${body.retrievedOn}T00:00:00Z`));
    if (!saved.ok) return writeError(422, "invalid", { fieldErrors: { [body.file ? "file" : "text"]: saved.error } });
    const { changed, ...rest } = saved;
    return written(rest, { action: "source.archive", target: `source:${id}`, details: { sha256: rest.sha256, mediaType: rest.mediaType, notFound: rest.notFound } }, { changed });
  });
}
