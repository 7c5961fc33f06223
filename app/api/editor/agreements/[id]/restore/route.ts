import { handleWrite, savedResponse } from "@/lib/api/write";
import { routeId } from "@/lib/http/params";
import { getDb } from "@/lib/db/client";
import { restoreRequestSchema } from "@/lib/editor/requests";
import { restoreRevision } from "@/lib/editor/save";

/** Saves an earlier revision's state as a new revision. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  return handleWrite(request, { permission: "edit", found: id !== null, body: restoreRequestSchema }, async (staff, body) => {
    const saved = await restoreRevision(getDb(), staff, id!, body.version, body.revision);
    return savedResponse(saved, "agreement.restore", { details: { restoredFrom: body.revision } });
  });
}
