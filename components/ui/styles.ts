// Shared Tailwind class lists, so every control looks and focuses the same way.

export const inputClass =
  "block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-base text-slate-900 shadow-sm " +
  "focus:border-blue-700 focus:outline-none focus:ring-2 focus:ring-blue-700/40 " +
  "aria-[invalid=true]:border-red-700 aria-[invalid=true]:ring-red-700/30 disabled:bg-slate-100";

export const buttonClass =
  "inline-flex items-center justify-center gap-2 rounded-md bg-blue-800 px-4 py-2 font-semibold text-white " +
  "hover:bg-blue-900 focus-visible:outline focus-visible:outline-2 focus-visible:outline-offset-2 " +
  "focus-visible:outline-blue-800 disabled:cursor-not-allowed disabled:opacity-60";

export const secondaryButtonClass =
  "inline-flex items-center justify-center gap-2 rounded-md border border-slate-400 bg-white px-3 py-1.5 " +
  "font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline focus-visible:outline-2 " +
  "focus-visible:outline-offset-2 focus-visible:outline-blue-800";

export const linkClass = "font-medium text-blue-800 underline underline-offset-2 hover:text-blue-950";
