import { handleWrite, writeError, written } from "@/lib/api/write";
import { changeUser, userActionSchema } from "@/lib/users/admin";

export const dynamic = "force-dynamic";

/** Changes another staff member's role, password or whether the account is active. */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return handleWrite(request, { permission: "manage-users", body: userActionSchema }, async (staff, body) => {
    // An admin cannot demote or deactivate themself: the registry could be
    // left without anyone able to manage accounts.
    if (id === staff.id) return writeError(403, "forbidden");
    const { before, password } = await changeUser(request.headers, id, body);
    const details = body.action === "set-role" ? { before, role: body.role } : { before };
    return written(password ? { password } : { ok: true }, { action: `user.${body.action}`, target: `user:${id}`, details });
  });
}
