import { describe, expect, it } from "vitest";
import { createIncident } from "@/lib/data/incidents/create-incident";
import { searchIncidents } from "@/lib/data/incidents/search-incidents";
import { incidentInput } from "../support/incident-input";

// The protest form's incident picker (GET /api/incidents/search): what a person types
// is matched as text, % and _ included.
describe("incident search", () => {
  it("matches % and _ literally, and by reference, province and place otherwise", async () => {
    const percent = await createIncident(incidentInput({ locality: "Field 50% cleared" }));
    const metres = await createIncident(incidentInput({ locality: "50 metres north of the road" }));
    const underscore = await createIncident(incidentInput({ locality: "Grid_7 marker" }));
    await createIncident(incidentInput({ locality: "Grid 7 marker" }));

    const localities = async (q: string) => (await searchIncidents(q)).map((i) => i.locality).sort();
    expect(await localities("50%")).toEqual(["Field 50% cleared"]);
    expect(await localities("50")).toEqual(["50 metres north of the road", "Field 50% cleared"]);
    expect(await localities("grid_7")).toEqual(["Grid_7 marker"]);
    expect(await localities("\\")).toEqual([]);
    expect((await searchIncidents(percent)).map((i) => i.reference)).toEqual([percent]);
    expect((await searchIncidents("th-33")).map((i) => i.reference)).toEqual(
      expect.arrayContaining([percent, metres, underscore]),
    );
  });
});
