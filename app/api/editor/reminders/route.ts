import { z } from "zod";
import { handleWrite, writeError } from "@/lib/api/write";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

const settingsSchema = z.object({
  language: z.enum(["th", "en"]),
  weeklyDigest: z.boolean(),
  alertDays: z.array(z.number().int().min(1).max(730)).max(10),
});

/** The signed-in staff member's own reminder settings. */
export async function POST(request: Request) {
  return handleWrite(request, "read-drafts", async (staff, body) => {
    const parsed = settingsSchema.safeParse(body);
    if (!parsed.success) return writeError(422, "invalid", { fieldErrors: { alertDays: "invalidDays" } });
    const data = { ...parsed.data, alertDays: [...new Set(parsed.data.alertDays)].sort((a, b) => b - a) };
    const saved = await getDb().reminderSettings.upsert({ where: { userId: staff.id }, create: { userId: staff.id, ...data }, update: data });
    return Response.json({ language: saved.language, weeklyDigest: saved.weeklyDigest, alertDays: saved.alertDays }, { headers: { "Cache-Control": "no-store" } });
  });
}
