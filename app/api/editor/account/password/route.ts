import { handleWrite, writeError, written } from "@/lib/api/write";
import { recordAudit } from "@/lib/audit/record";
import { forgiveClient, lockedFor, recordFailedSignIn } from "@/lib/auth/failed-sign-ins";
import { InputRejectedError } from "@/lib/editor/errors";
import { clientAddress } from "@/lib/http/client-address";
import { changeOwnPassword, ownPasswordSchema } from "@/lib/users/own-password";

export const dynamic = "force-dynamic";

/**
 * The signed-in staff member's own password. Never logged: the audit entry
 * says only that it changed. A wrong current password counts as a failed
 * sign-in of the account from this address, in the same counter sign-in
 * uses (lib/auth/failed-sign-ins.ts), and is audited: a session left open
 * cannot be used to guess the password (issue 26, part 5). Past the limit,
 * this address is refused (429) here and at sign-in until the window ends.
 */
export async function POST(request: Request) {
  return handleWrite(request, { permission: "read-drafts", body: ownPasswordSchema, bodyIsForm: true }, async (staff, body) => {
    const client = clientAddress(request);
    const audit = (action: string, details: Record<string, unknown> = {}) => recordAudit({ actorId: staff.id, actorEmail: staff.email, client, action, target: `user:${staff.id}`, details });
    const retryAfter = await lockedFor(staff.email, client);
    if (retryAfter > 0) {
      await audit("account.refused-locked", { retryAfter });
      return writeError(429, "tooManyGuesses", { retryAfter }, { "Retry-After": String(retryAfter) });
    }
    try {
      await changeOwnPassword(request.headers, body);
    } catch (error) {
      if (error instanceof InputRejectedError && error.fieldErrors.currentPassword === "wrongCurrent") {
        await recordFailedSignIn(staff.email, client);
        await audit("account.wrong-current-password");
      }
      throw error;
    }
    await forgiveClient(staff.email, client);
    return written({ ok: true }, { action: "account.change-password", target: `user:${staff.id}` });
  });
}
