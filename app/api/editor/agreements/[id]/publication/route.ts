import { handleWrite, savedResponse, writeError } from "@/lib/api/write";
import { routeId } from "@/lib/http/params";
import { getDb } from "@/lib/db/client";
import { publicationRequestSchema } from "@/lib/editor/requests";
import { changePublication } from "@/lib/editor/save";

/** Publishes, unpublishes or archives a record (no hard delete exists). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  return handleWrite(request, "publish", async (staff, body) => {
    if (id === null) return writeError(404, "notFound");
    const req = publicationRequestSchema.safeParse(body);
    if (!req.success) return writeError(400, "badRequest");
    const saved = await changePublication(getDb(), staff, id, req.data.version, req.data.action);
    return savedResponse(saved);
  });
}
