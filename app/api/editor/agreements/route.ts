import { handleWrite, savedResponse, writeError } from "@/lib/api/write";
import { getDb } from "@/lib/db/client";
import { createRequestSchema } from "@/lib/editor/requests";
import { createAgreement } from "@/lib/editor/save";
import { agreementInputSchema, fieldErrorsOf } from "@/lib/editor/schema";

/** Creates a new agreement as a draft. */
export async function POST(request: Request) {
  return handleWrite(request, "edit", async (staff, body) => {
    const req = createRequestSchema.safeParse(body);
    if (!req.success) return writeError(400, "badRequest");
    const input = agreementInputSchema.safeParse(req.data.input);
    if (!input.success) return writeError(422, "invalid", { fieldErrors: fieldErrorsOf(input.error) });
    const saved = await createAgreement(getDb(), staff, input.data);
    return savedResponse(saved, 201);
  });
}
