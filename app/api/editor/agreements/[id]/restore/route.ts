import { handleWrite, savedResponse, writeError } from "@/lib/api/write";
import { routeId } from "@/lib/http/params";
import { getDb } from "@/lib/db/client";
import { restoreRequestSchema } from "@/lib/editor/requests";
import { InputRejectedError, restoreRevision } from "@/lib/editor/save";
import { agreementInputSchema, fieldErrorsOf } from "@/lib/editor/schema";

/** Saves an earlier revision's state as a new revision. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  return handleWrite(request, "edit", async (staff, body) => {
    if (id === null) return writeError(404, "notFound");
    const req = restoreRequestSchema.safeParse(body);
    if (!req.success) return writeError(400, "badRequest");
    const saved = await restoreRevision(getDb(), staff, id, req.data.version, req.data.revision, (snapshot) => {
      // Rules may have tightened since the revision was saved.
      const parsed = agreementInputSchema.safeParse(snapshot);
      if (!parsed.success) throw new InputRejectedError(fieldErrorsOf(parsed.error));
      return parsed.data;
    });
    return savedResponse(saved);
  });
}
