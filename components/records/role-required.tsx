import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

/** Shown instead of a form the signed-in account may not use (the action refuses it too). */
export function RoleRequired({ needed, current, doing }: { needed: Role; current: Role; doing: string }) {
  return (
    <p role="alert" className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
      {doing} needs the {ROLE_LABELS[needed].toLowerCase()} role or higher; your account is a{" "}
      {ROLE_LABELS[current].toLowerCase()}. Ask an administrator if you need it.
    </p>
  );
}
