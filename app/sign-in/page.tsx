import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { signInAction } from "@/lib/actions/session-actions";
import { getCurrentUser } from "@/lib/auth/current-user";
import { safeNextPath } from "@/lib/validations/sign-in";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<{ next?: string | string[] }> };

export default async function SignInPage({ searchParams }: Props) {
  const next = safeNextPath((await searchParams).next);
  if (await getCurrentUser()) redirect(next);
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Sign in</h1>
      <p className="text-slate-700">Accounts are created by the registry&apos;s administrator. Ask them if you need one.</p>
      <SignInForm action={signInAction} next={next} />
    </div>
  );
}
