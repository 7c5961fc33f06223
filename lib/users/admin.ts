// Staff account administration, called by the write gate's user endpoints
// (app/api/editor/users/…) after it has checked the `manage-users`
// permission. The work itself is better-auth's (hashing, sessions, bans); its
// admin plugin checks the admin role once more with the caller's session.
import { randomBytes } from "node:crypto";
import { z } from "zod";
import { isAPIError } from "better-auth/api";
import { getAuth } from "@/lib/auth/auth";
import { ROLES } from "@/lib/auth/roles";
import { getDb } from "@/lib/db/client";
import { InputRejectedError, NotFoundError } from "@/lib/editor/errors";
import { clearFailedSignIns } from "@/lib/auth/failed-sign-ins";
import { revokeCalendarTokens } from "@/lib/calendar/tokens";

export const createUserSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email({ error: "badEmail" })),
    // Message keys of Editor.users, which the users page shows.
    name: z.string().trim().max(200, { error: "nameTooLong" }),
    role: z.enum(ROLES, { error: "badRole" }),
  })
  .strict();

export const userActionSchema = z.discriminatedUnion("action", [
  z.object({ action: z.literal("set-role"), role: z.enum(ROLES) }).strict(),
  z.object({ action: z.literal("reset-password") }).strict(),
  z.object({ action: z.literal("deactivate") }).strict(),
  z.object({ action: z.literal("reactivate") }).strict(),
  z.object({ action: z.literal("clear-lock") }).strict(),
]);
export type UserAction = z.infer<typeof userActionSchema>;

/** A strong one-time password, shown once to the admin to hand over. */
function oneTimePassword(): string {
  return randomBytes(18).toString("base64url");
}

export async function createUser(input: z.infer<typeof createUserSchema>): Promise<{ id: string; email: string; role: string; password: string }> {
  const password = oneTimePassword();
  try {
    const { user } = await getAuth().api.createUser({ body: { email: input.email, name: input.name || input.email, password, role: input.role } });
    return { id: user.id, email: user.email, role: input.role, password };
  } catch (error) {
    if (isAPIError(error) && /already exists/i.test(error.message)) throw new InputRejectedError({ email: "exists" });
    throw error;
  }
}

/** One change to another staff member's account; `headers` carry the admin's session. */
export async function changeUser(headers: Headers, userId: string, action: UserAction): Promise<{ before: Record<string, unknown>; password?: string }> {
  const user = await getDb().user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true, banned: true } });
  if (!user) throw new NotFoundError();
  const api = getAuth().api;
  const before = { role: user.role, active: !user.banned };
  switch (action.action) {
    case "set-role":
      await api.setRole({ headers, body: { userId, role: action.role } });
      return { before };
    case "reset-password": {
      const password = oneTimePassword();
      await api.setUserPassword({ headers, body: { userId, newPassword: password } });
      return { before, password };
    }
    // Deactivating signs the person out everywhere (the library drops their
    // sessions) and keeps their name in the history; nothing is deleted.
    // Their calendar link is revoked too: reactivated, they make a new one,
    // and a copy of the old link someone kept does not work again (issue 26, part 9).
    case "deactivate":
      await api.banUser({ headers, body: { userId, banReason: "deactivated by an admin" } });
      await revokeCalendarTokens(getDb(), userId);
      return { before };
    case "reactivate":
      await api.unbanUser({ headers, body: { userId } });
      return { before };
    // The owner locked out by someone else's wrong passwords can sign in
    // again at once.
    case "clear-lock":
      await clearFailedSignIns(user.email);
      return { before };
  }
}
