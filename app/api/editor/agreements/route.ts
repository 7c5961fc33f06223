import { handleWrite, savedResponse } from "@/lib/api/write";
import { getDb } from "@/lib/db/client";
import { createRequestSchema } from "@/lib/editor/requests";
import { createAgreement } from "@/lib/editor/save";
import { agreementInputSchema } from "@/lib/editor/schema";

/** Creates a new agreement as a draft. */
export async function POST(request: Request) {
  return handleWrite(request, { permission: "edit", body: createRequestSchema, input: agreementInputSchema }, async (staff, _body, input) =>
    savedResponse(await createAgreement(getDb(), staff, input), "agreement.create", { status: 201 }),
  );
}
