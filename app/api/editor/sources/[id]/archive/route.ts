import { handleWrite, writeError, written } from "@/lib/api/write";
import { can } from "@/lib/auth/roles";
import { getStaff } from "@/lib/auth/session";
import { withDatabase } from "@/lib/http/errors";
import { readableArchiveText } from "@/lib/sources/quote-check";
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

export const dynamic = "force-dynamic";

/**
 * The archived copy's text, as the record form shows it for picking passages
 * (issue 27): staff only, never cached. What an editor selects in it is the
 * quote, verbatim by construction; the quote check's folding of spaces
 * (lib/sources/quote-check.ts) makes the readable text's collapsed spaces no
 * difference.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const staff = await getStaff(request.headers);
  if (!staff) return writeError(401, "signedOut");
  if (!can(staff.role, "read-drafts")) return writeError(403, "forbidden");
  const id = routeId((await params).id);
  if (id === null) return writeError(404, "notFound");
  return withDatabase(async () => {
    const archive = await getDb().sourceArchive.findUnique({ where: { sourceId: id }, select: { text: true, mediaType: true } });
    if (!archive) return writeError(404, "notFound");
    return Response.json({ text: readableArchiveText(archive.text), mediaType: archive.mediaType }, { headers: { "cache-control": "private, no-store" } });
  });
}
