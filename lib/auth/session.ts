import { getAuth } from "@/lib/auth/auth";
import { isRole, type Role } from "@/lib/auth/roles";

export interface Staff {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/** The signed-in staff member behind a request, or null. */
export async function getStaff(headers: Headers): Promise<Staff | null> {
  const session = await getAuth().api.getSession({ headers });
  if (!session) return null;
  const { user } = session;
  if (user.banned || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}
