// Staff accounts for tests, created through the auth library and signed in
// through it, so tests carry real session cookies.
import { randomUUID } from "node:crypto";
import { getAuth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";
import type { Staff } from "@/lib/auth/session";
import { getDb } from "@/lib/db/client";

export const TEST_PASSWORD = "correct-horse-battery-staple";

export async function createStaff(role: Role): Promise<{ email: string; cookie: string }> {
  const email = `${role}-${randomUUID().slice(0, 8)}@example.org`;
  await getAuth().api.createUser({ body: { email, password: TEST_PASSWORD, name: `Test ${role}`, role } });
  const { headers } = await getAuth().api.signInEmail({ body: { email, password: TEST_PASSWORD }, returnHeaders: true });
  const cookie = headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  return { email, cookie };
}

/** A staff member as the save functions take it (lib/editor/save.ts), for tests that call them directly. */
export async function createStaffActor(role: Role): Promise<Staff> {
  const { email } = await createStaff(role);
  const user = await getDb().user.findUniqueOrThrow({ where: { email } });
  return { id: user.id, email, name: user.name, role };
}
