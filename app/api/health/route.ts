import { isDatabaseReachable } from "@/lib/data/health";

// GET /api/health – 200 when the database answers, 503 when it does not.
export const dynamic = "force-dynamic";

export async function GET() {
  const database = await isDatabaseReachable();
  return Response.json(
    { status: database ? "ok" : "unavailable", database: database ? "reachable" : "unreachable" },
    { status: database ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
