import type { Metadata } from "next";
import { LiftLockForm } from "@/components/accounts/lift-lock-form";
import { NewAccountForm } from "@/components/accounts/new-account-form";
import { RoleForm } from "@/components/accounts/role-form";
import { RoleRequired } from "@/components/records/role-required";
import { changeRoleAction, createAccountAction, liftSignInLockAction } from "@/lib/actions/account-actions";
import { requirePageRole } from "@/lib/auth/require-role";
import { ROLE_DUTIES, ROLE_LABELS, ROLES } from "@/lib/auth/roles";
import { listAccounts } from "@/lib/data/users/list-accounts";

export const metadata: Metadata = { title: "Accounts" };

const section = "space-y-3 rounded-md border border-slate-300 bg-white p-4";

export default async function AccountsPage() {
  const { user, allowed } = await requirePageRole("admin", "/admin/users");
  if (!allowed) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-bold">Accounts</h1>
        <RoleRequired needed="admin" current={user.role} doing="Managing accounts" />
      </div>
    );
  }
  const accounts = await listAccounts();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Accounts</h1>
      <ul className="list-disc pl-5 text-slate-700">
        {ROLES.map((r) => (
          <li key={r}>
            <strong>{ROLE_LABELS[r]}</strong> {ROLE_DUTIES[r]}
          </li>
        ))}
      </ul>
      <section aria-labelledby="accounts" className={section}>
        <h2 id="accounts" className="text-lg font-semibold">
          {accounts.length} {accounts.length === 1 ? "account" : "accounts"}
        </h2>
        <div className="overflow-x-auto">
          <table className="w-full border-collapse text-left text-sm">
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 pr-4">Name</th>
                <th scope="col" className="py-2 pr-4">Email</th>
                <th scope="col" className="py-2 pr-4">Created</th>
                <th scope="col" className="py-2 pr-4">Role</th>
                <th scope="col" className="py-2">Sign-in</th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.id} className="border-b border-slate-200 align-top">
                  <td className="py-2 pr-4">{a.name}</td>
                  <td className="py-2 pr-4">{a.email}</td>
                  <td className="py-2 pr-4">{a.createdAt.slice(0, 10)}</td>
                  <td className="py-2 pr-4">
                    <RoleForm action={changeRoleAction.bind(null, a.id)} email={a.email} role={a.role} />
                  </td>
                  <td className="py-2">
                    {a.signInLockedUntil ? (
                      <LiftLockForm action={liftSignInLockAction.bind(null, a.id)} email={a.email} lockedUntil={a.signInLockedUntil} />
                    ) : (
                      "Open"
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="new-account" className={section}>
        <h2 id="new-account" className="text-lg font-semibold">
          Create an account
        </h2>
        <NewAccountForm action={createAccountAction} />
      </section>
    </div>
  );
}
