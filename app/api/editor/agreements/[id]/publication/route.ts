import { handleWrite, savedResponse } from "@/lib/api/write";
import { routeId } from "@/lib/http/params";
import { getDb } from "@/lib/db/client";
import { publicationRequestSchema } from "@/lib/editor/requests";
import { changePublication } from "@/lib/editor/publication";

/** Publishes, unpublishes or archives a record (no hard delete exists). */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  return handleWrite(request, { permission: "publish", found: id !== null, body: publicationRequestSchema }, async (staff, body) => {
    return savedResponse(await changePublication(getDb(), staff, id!, body.version, body.action), `agreement.${body.action.toLowerCase()}`);
  });
}
