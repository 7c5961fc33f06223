import { handleWrite, savedResponse } from "@/lib/api/write";
import { routeId } from "@/lib/http/params";
import { getDb } from "@/lib/db/client";
import { updateRequestSchema } from "@/lib/editor/requests";
import { updateAgreement } from "@/lib/editor/save";
import { agreementInputSchema } from "@/lib/editor/schema";

/** Saves the whole record; refused (409) when `version` is not the latest. */
export async function PUT(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = routeId((await params).id);
  return handleWrite(request, { permission: "edit", found: id !== null, body: updateRequestSchema, input: agreementInputSchema }, async (staff, body, input) => {
    return savedResponse(await updateAgreement(getDb(), staff, id!, body.version, input), "agreement.update");
  });
}
