import { handleWrite, savedResponse, writeError } from "@/lib/api/write";
import { routeId } from "@/lib/http/params";
import { getDb } from "@/lib/db/client";
import { updateRequestSchema } from "@/lib/editor/requests";
import { updateAgreement } from "@/lib/editor/save";
import { agreementInputSchema, fieldErrorsOf } from "@/lib/editor/schema";

/** Saves the whole record; refused (409) when `version` is not the latest. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  return handleWrite(request, "edit", async (staff, body) => {
    if (id === null) return writeError(404, "notFound");
    const req = updateRequestSchema.safeParse(body);
    if (!req.success) return writeError(400, "badRequest");
    const input = agreementInputSchema.safeParse(req.data.input);
    if (!input.success) return writeError(422, "invalid", { fieldErrors: fieldErrorsOf(input.error) });
    const saved = await updateAgreement(getDb(), staff, id, req.data.version, input.data);
    return savedResponse(saved);
  });
}
