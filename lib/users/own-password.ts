// A staff member changes their own password: the current one first (so a
// session left open on a shared computer cannot take over the account), the
// new one at least MIN_PASSWORD_LENGTH characters; better-auth hashes it, and
// the account's other sessions (other browsers) are signed out.
import { isAPIError } from "better-auth/api";
import { z } from "zod";
import { getAuth, MIN_PASSWORD_LENGTH } from "@/lib/auth/auth";
import { getDb } from "@/lib/db/client";
import { InputRejectedError } from "@/lib/editor/errors";

// Field errors are message keys of Editor.account.
export const ownPasswordSchema = z
  .object({
    currentPassword: z.string({ error: "currentRequired" }).min(1, { error: "currentRequired" }).max(200, { error: "wrongCurrent" }),
    newPassword: z.string({ error: "passwordTooShort" }).min(MIN_PASSWORD_LENGTH, { error: "passwordTooShort" }).max(200, { error: "passwordTooLong" }),
  })
  .strict()
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], error: "passwordUnchanged" });

export async function changeOwnPassword(headers: Headers, input: z.output<typeof ownPasswordSchema>): Promise<void> {
  const auth = getAuth();
  try {
    // The library's own revokeOtherSessions replaces this session too and
    // hands back a cookie the caller must set; keeping this session and
    // ending the others here is the same for the person, simpler for the API.
    await auth.api.changePassword({ headers, body: { currentPassword: input.currentPassword, newPassword: input.newPassword, revokeOtherSessions: false } });
  } catch (error) {
    if (isAPIError(error) && /invalid password/i.test(error.message)) throw new InputRejectedError({ currentPassword: "wrongCurrent" });
    throw error;
  }
  const current = await auth.api.getSession({ headers });
  if (current) await getDb().session.deleteMany({ where: { userId: current.user.id, id: { not: current.session.id } } });
}
