import { z } from "zod";
import { handleWrite, writeError } from "@/lib/api/write";
import { createCalendarToken, revokeCalendarTokens } from "@/lib/calendar/tokens";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ action: z.enum(["create", "revoke"]) });

/** The signed-in staff member's private calendar link: make a new one (shown once) or revoke it. */
export async function POST(request: Request) {
  return handleWrite(request, "read-drafts", async (staff, body) => {
    const parsed = bodySchema.safeParse(body);
    if (!parsed.success) return writeError(400, "invalid");
    const headers = { "Cache-Control": "no-store" };
    if (parsed.data.action === "revoke") return Response.json({ revoked: await revokeCalendarTokens(getDb(), staff.id) }, { headers });
    return Response.json({ token: await createCalendarToken(getDb(), staff.id) }, { status: 201, headers });
  });
}
