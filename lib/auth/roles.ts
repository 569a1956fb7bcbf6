// The four roles, each allowed everything the one before it may do.

export const ROLES = ["viewer", "reporter", "editor", "admin"] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  viewer: "Viewer",
  reporter: "Reporter",
  editor: "Editor",
  admin: "Administrator",
};

export const ROLE_DUTIES: Record<Role, string> = {
  viewer: "reads and exports",
  reporter: "also logs and edits incidents",
  editor: "also verifies incidents, records protests, archives, restores and imports",
  admin: "also manages accounts and roles",
};

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Whether `role` may do what `needed` may. */
export function hasRole(role: Role, needed: Role): boolean {
  return ROLES.indexOf(role) >= ROLES.indexOf(needed);
}

/** What a person without the role is told; says what they can do about it. */
export function forbiddenMessage(needed: Role, doing: string): string {
  return `Nothing was changed: ${doing} needs the ${ROLE_LABELS[needed].toLowerCase()} role or higher. Ask an administrator if you need it.`;
}

/** Whether a possibly signed-out visitor (PUBLIC_READ) may do what `needed` may. */
export function userMay(user: { role: Role } | null, needed: Role): boolean {
  return user !== null && hasRole(user.role, needed);
}
