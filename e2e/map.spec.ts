import { expect, test, type APIRequestContext } from "@playwright/test";

const HEADER =
  "reference,occurred_on,country_code,province_code,province_name,locality,latitude,longitude,device_type,device_model," +
  "emplacement,emplacement_basis,activity,killed,injured,military_casualties,deminer_casualties,civilian_casualties," +
  "verification,protest_status,response_overdue,summary,source_urls,created_at,updated_at";

// An incident of TH-33 at a known place, through the import route.
async function importIncidentWithCoordinates(request: APIRequestContext) {
  const reference = `XM-2025-${100_000 + (Date.now() % 800_000)}`;
  const row = `${reference},2025-08-09,TH,TH-33,,Map test,14.3821,104.6912,anti_personnel_mine,,newly_laid,,patrol,0,1,1,0,0,reported,,,Map test,https://www.nationthailand.com/news/2,,`;
  const response = await request.post("/api/import/incidents", {
    multipart: {
      mode: "import",
      file: { name: "incidents.csv", mimeType: "text/csv", buffer: Buffer.from(`${HEADER}\r\n${row}\r\n`) },
    },
  });
  expect(response.status()).toBe(200);
}

test("the province page shows its incident map, an SVG image drawn by the server", async ({ page, request }) => {
  await importIncidentWithCoordinates(request);
  await page.goto("/provinces/TH-33?from=1970-01-01");
  const map = page.getByRole("img", { name: /^Map of incidents in Si Sa Ket \(TH-33\)\. \d+ incidents? with coordinates/ });
  await expect(map).toBeVisible();
  // The browser loaded and decoded it: an image that failed would have no natural width.
  expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);

  const src = await map.getAttribute("src");
  expect(src).toBe("/api/maps/incidents.svg?province=TH-33&from=1970-01-01");
  const response = await request.get(src!);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/svg+xml; charset=utf-8");
  const svg = await response.text();
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*role="img"/);
  expect(svg).toContain('<title id="title">Map of incidents in Si Sa Ket (TH-33)</title>');
  expect(svg).toMatch(/<desc id="desc">\d+ incidents? with coordinates in Si Sa Ket \(TH-33\)/);
  expect(svg).toMatch(/<path d="M[^"]+"[^>]*><title>Thailand<\/title>/);
  expect(svg).toMatch(/<circle [^>]*><title>\d+ incidents? near 14\.38, 104\.69<\/title>/);

  // Unchanged registry, same image: the browser's copy is confirmed, not sent again.
  const again = await request.get(src!, { headers: { "If-None-Match": response.headers()["etag"]! } });
  expect(again.status()).toBe(304);
});

test("an unknown province has no map", async ({ request }) => {
  const response = await request.get("/api/maps/incidents.svg?province=XX-99");
  expect(response.status()).toBe(404);
  expect(await response.text()).toContain("Unknown province code");
});

test("the dashboard shows the map with a text alternative", async ({ page }) => {
  await page.goto("/");
  const map = page.getByRole("img", { name: /^Map of incidents in the registry/ });
  await expect(map).toBeVisible();
  expect(await map.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(640);
});
