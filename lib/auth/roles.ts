// Who may do what. One statement list for the registry's own permissions,
// plus the admin plugin's user-management permissions for admins only. The
// roles are checked on the server for every write (lib/api/write.ts) and by
// the admin plugin for its own endpoints.
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";

export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

const statements = {
  ...defaultStatements,
  agreement: ["read-drafts", "edit", "publish"],
} as const;

export const accessControl = createAccessControl(statements);

export const roles = {
  // Ministry staff: drafts, internal records and notes, nothing more.
  viewer: accessControl.newRole({ agreement: ["read-drafts"] }),
  editor: accessControl.newRole({ agreement: ["read-drafts", "edit", "publish"] }),
  admin: accessControl.newRole({ agreement: ["read-drafts", "edit", "publish"], ...adminAc.statements }),
};

export type AgreementPermission = (typeof statements.agreement)[number];
/** What the write gate (lib/api/write.ts) and the pages check. */
export type Permission = AgreementPermission | "manage-users";

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

export function can(role: Role, permission: Permission): boolean {
  const request = permission === "manage-users" ? { user: ["create", "set-role", "list"] as Array<"create" | "set-role" | "list"> } : { agreement: [permission] };
  return roles[role].authorize(request).success;
}
