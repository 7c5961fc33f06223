import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { getStaff, type Staff } from "@/lib/auth/session";

/**
 * The signed-in staff member of this request, or null. Cached per request:
 * the staff layout and the page both ask, and each ask is a session lookup.
 */
export const currentStaff = cache(async (): Promise<Staff | null> => getStaff(await headers()));

/** The signed-in staff member, or a redirect to the sign-in page and back. */
export async function requireStaff(locale: string, returnTo: string): Promise<Staff> {
  const staff = await currentStaff();
  if (!staff) redirect(`/${locale}/sign-in?next=${encodeURIComponent(returnTo)}`);
  return staff;
}
