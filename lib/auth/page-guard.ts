import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { getStaff, type Staff } from "@/lib/auth/session";

/** The signed-in staff member, or a redirect to the sign-in page and back. */
export async function requireStaff(locale: string, returnTo: string): Promise<Staff> {
  const staff = await getStaff(await headers());
  if (!staff) redirect(`/${locale}/sign-in?next=${encodeURIComponent(returnTo)}`);
  return staff;
}
