import Link from "next/link";
import { signOutAction } from "@/lib/actions/session-actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { ROLE_LABELS, userMay, type Role } from "@/lib/auth/roles";

// Only pages that exist, and that the account may use, are linked (the pages check again).
const NAV: { href: string; label: string; role?: Role }[] = [
  { href: "/", label: "Overview" },
  { href: "/incidents", label: "Incidents" },
  { href: "/incidents/new", label: "Log an incident", role: "reporter" },
  { href: "/provinces", label: "Provinces" },
  { href: "/protests", label: "Protests" },
  { href: "/admin/users", label: "Accounts", role: "admin" },
];

export async function SiteHeader() {
  // The header is on every page, the "temporarily unavailable" one too: without the
  // database it shows the links anyone may follow, and the page itself says the rest.
  const user = await getCurrentUser().catch(() => null);
  const links = NAV.filter((item) => !item.role || userMay(user, item.role));
  return (
    <header className="border-b border-slate-300 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-slate-900 no-underline">
          Landmine Incident Registry
        </Link>
        <nav aria-label="Main">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">
            {links.map((item) => (
              <li key={item.href}>
                <Link href={item.href} className="font-medium text-blue-800 hover:underline">
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        {user ? (
          <form action={signOutAction} className="flex items-center gap-3 text-sm" aria-label="Account">
            <span>
              Signed in as <strong>{user.name}</strong> ({user.email}) · {ROLE_LABELS[user.role]}
            </span>
            <button type="submit" className="font-medium text-blue-800 underline underline-offset-2">
              Sign out
            </button>
          </form>
        ) : (
          <Link href="/sign-in" className="text-sm font-medium text-blue-800 underline underline-offset-2">
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
