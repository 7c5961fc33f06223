import { z } from "zod";
import { handleWrite, written } from "@/lib/api/write";
import { createCalendarToken, revokeCalendarTokens } from "@/lib/calendar/tokens";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

const bodySchema = z.object({ action: z.enum(["create", "revoke"]) });

/** The signed-in staff member's private calendar link: make a new one (shown once) or revoke it. */
export async function POST(request: Request) {
  return handleWrite(request, { permission: "read-drafts", body: bodySchema }, async (staff, body) => {
    const audit = { action: `calendar-token.${body.action}`, target: `user:${staff.id}` };
    if (body.action === "revoke") return written({ revoked: await revokeCalendarTokens(getDb(), staff.id) }, audit);
    return written({ token: await createCalendarToken(getDb(), staff.id) }, audit, { status: 201 });
  });
}
