// Staff accounts for tests, created through the auth library and signed in
// through it, so tests carry real session cookies.
import { randomUUID } from "node:crypto";
import { getAuth } from "@/lib/auth/auth";
import type { Role } from "@/lib/auth/roles";

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
