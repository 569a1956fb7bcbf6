import { z } from "zod";
import { authorizeRead } from "@/lib/auth/require-role";
import { searchIncidents } from "@/lib/data/incidents/search-incidents";
import { oneParam } from "@/lib/validations/query-params";

// GET /api/incidents/search?q=… – up to 10 incidents for the protest form's picker.
export const dynamic = "force-dynamic";

const query = oneParam("the search").pipe(z.string().max(100, "Shorten the search to 100 characters").default(""));

export async function GET(request: Request) {
  const access = await authorizeRead(request);
  if (!access.ok) return access.response;
  const parsed = query.safeParse(new URL(request.url).searchParams.get("q") ?? undefined);
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message }, { status: 400 });
  try {
    return Response.json({ incidents: await searchIncidents(parsed.data) });
  } catch (error) {
    console.error("incident search failed", error);
    return Response.json({ error: "The registry could not search its incidents just now. Try again." }, { status: 503 });
  }
}
