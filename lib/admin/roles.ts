// What each admin role may do. Roles are ordered: each may do everything the one before it may.
//   editor    - read everything, edit and discard the draft;
//   publisher - also publish the draft and import a knowledge base (what changes live advice);
//   owner     - also add, disable and change the roles of accounts, and reset their passwords.
export const ADMIN_ROLES = ["editor", "publisher", "owner"] as const;
export type AdminRole = (typeof ADMIN_ROLES)[number];

export function isAdminRole(value: string): value is AdminRole {
  return (ADMIN_ROLES as readonly string[]).includes(value);
}

/** Whether `role` includes everything `needed` may do. */
export function roleAllows(role: AdminRole, needed: AdminRole): boolean {
  return ADMIN_ROLES.indexOf(role) >= ADMIN_ROLES.indexOf(needed);
}

export const ROLE_DESCRIPTIONS: Record<AdminRole, string> = {
  editor: "edits the draft",
  publisher: "edits, publishes and imports",
  owner: "also manages accounts",
};
