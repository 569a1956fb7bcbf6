import { expect, test, type APIRequestContext } from "@playwright/test";

const HEADER =
  "reference,occurred_on,country_code,province_code,province_name,locality,latitude,longitude,device_type,device_model," +
  "emplacement,emplacement_basis,activity,killed,injured,military_casualties,deminer_casualties,civilian_casualties," +
  "verification,protest_status,response_overdue,summary,source_urls,created_at,updated_at";

// The demo incidents have no coordinates: give TH-33 one through the import route.
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

test("the province page carries its incident map as SVG in the server's HTML", async ({ request }) => {
  await importIncidentWithCoordinates(request);
  const response = await request.get("/provinces/TH-33");
  expect(response.status()).toBe(200);
  const html = await response.text();
  const svg = /<svg[^>]*data-map="incidents"[^>]*>([\s\S]*?)<\/svg>/.exec(html);
  expect(svg).not.toBeNull();
  expect(svg![0]).toContain('role="img"');
  expect(svg![1]).toContain('<title id="province-map-title">Map of incidents in Si Sa Ket (TH-33)</title>');
  expect(svg![1]).toMatch(/<desc id="province-map-desc">\d+ incidents? with coordinates in Si Sa Ket \(TH-33\)/);
  expect(svg![1]).toMatch(/<path d="M[^"]+"[^>]*><title>Thailand<\/title>/);
  expect(svg![1]).toMatch(/<circle [^>]*><title>\d+ incidents? near 14\.38, 104\.69<\/title>/);
});

test("the dashboard shows the map with a text alternative", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("img", { name: /^Map of incidents in the registry/ })).toBeVisible();
});
