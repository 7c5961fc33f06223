import { z } from "zod";
import { locales } from "@/i18n/locales";
import { handleWrite, written } from "@/lib/api/write";
import { getDb } from "@/lib/db/client";

export const dynamic = "force-dynamic";

const settingsSchema = z.object({
  language: z.enum(locales, { error: "invalid" }),
  weeklyDigest: z.boolean({ error: "invalid" }),
  alertDays: z.array(z.number({ error: "invalidDays" }).int({ error: "invalidDays" }).min(1, { error: "invalidDays" }).max(730, { error: "invalidDays" }), { error: "invalidDays" }).max(10, { error: "invalidDays" }),
});

/** The signed-in staff member's own reminder settings. */
export async function POST(request: Request) {
  return handleWrite(request, { permission: "read-drafts", body: settingsSchema, bodyIsForm: true }, async (staff, body) => {
    const data = { ...body, alertDays: [...new Set(body.alertDays)].sort((a, b) => b - a) };
    const saved = await getDb().reminderSettings.upsert({ where: { userId: staff.id }, create: { userId: staff.id, ...data }, update: data });
    return written({ language: saved.language, weeklyDigest: saved.weeklyDigest, alertDays: saved.alertDays }, { action: "reminders.update", target: `user:${staff.id}`, details: data });
  });
}
