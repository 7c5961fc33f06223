import { handleWrite, written } from "@/lib/api/write";
import { changeOwnPassword, ownPasswordSchema } from "@/lib/users/own-password";

export const dynamic = "force-dynamic";

/** The signed-in staff member's own password. Never logged: the audit entry says only that it changed. */
export async function POST(request: Request) {
  return handleWrite(request, { permission: "read-drafts", body: ownPasswordSchema, bodyIsForm: true }, async (staff, body) => {
    await changeOwnPassword(request.headers, body);
    return written({ ok: true }, { action: "account.change-password", target: `user:${staff.id}` });
  });
}
