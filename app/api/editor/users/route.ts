import { handleWrite, written } from "@/lib/api/write";
import { createUser, createUserSchema } from "@/lib/users/admin";

export const dynamic = "force-dynamic";

/** Creates a staff account; the answer carries its one-time password, once. */
export async function POST(request: Request) {
  return handleWrite(request, { permission: "manage-users", body: createUserSchema, bodyIsForm: true }, async (_staff, body) => {
    const user = await createUser(body);
    return written(user, { action: "user.create", target: `user:${user.id}`, details: { email: user.email, role: user.role } }, { status: 201 });
  });
}
