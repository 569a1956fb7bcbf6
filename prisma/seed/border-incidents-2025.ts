import type { IncidentFormValues } from "@/lib/validations/incident";

// Mine incidents on the Thailand–Cambodia border in 2025, from public reporting
// (shared/reference/border-incidents-2025.md). Counts differ between sources: each
// summary keeps what each source says. Where the reference names only a site and an
// article number, the URL is the outlet's site and the outlet names the article.
// The sources publish no coordinates: each demo incident is placed, approximately, at
// the locality they name, with the precision that placing deserves, and its summary
// says so (APPROXIMATE_POSITION), so nobody takes a demo position for a surveyed one.
// Each entry has a fixed submission key, so seeding twice adds nothing.

const DISPUTED_EMPLACEMENT =
  "Royal Thai Army: newly laid PMN-2 mines. Cambodia denies laying new mines and says they are remnants of its civil war.";

const APPROXIMATE_POSITION =
  " Coordinates approximate: the registry placed them at the named locality; the sources give none.";

type SeedIncident = { key: string; values: IncidentFormValues };

const injured = (count: number, injuries: string[] = [], unit = "Royal Thai Army") =>
  Array.from({ length: count }, (_, i) => ({
    category: "military",
    outcome: "injured",
    nationality: "TH",
    sex: "unknown",
    age: "",
    injuries: injuries[i] ?? "",
    unit,
  }));

const base = {
  occurredAt: "",
  countryCode: "TH",
  latitude: "",
  longitude: "",
  deviceType: "anti_personnel_mine",
  deviceModel: "",
  emplacement: "newly_laid",
  emplacementBasis: DISPUTED_EMPLACEMENT,
  activity: "patrol",
  verification: "reported",
} satisfies Partial<IncidentFormValues>;

const PUBLISHED: SeedIncident[] = [
  {
    key: "5eed2025-0716-4000-8000-000000000001",
    values: {
      ...base,
      occurredOn: "2025-07-16",
      provinceCode: "TH-34",
      locality: "Hill 481, Chong Bok, Nam Yuen",
      latitude: "14.4119",
      longitude: "105.0544",
      coordinatePrecision: "village",
      deviceModel: "PMN-2",
      summary:
        "Three soldiers on patrol near Hill 481 at Chong Bok were wounded by an anti-personnel mine; one lost a leg.",
      sources: [
        { outlet: "The Nation (Thailand)", url: "https://www.nationthailand.com/news/general/40052713", publishedOn: "" },
      ],
      casualties: injured(3, ["Leg amputated"]),
    },
  },
  {
    key: "5eed2025-0723-4000-8000-000000000002",
    values: {
      ...base,
      occurredOn: "2025-07-23",
      provinceCode: "TH-34",
      locality: "Huay Bon, Chong An Ma, Nam Yuen",
      latitude: "14.3962",
      longitude: "104.9388",
      coordinatePrecision: "village",
      deviceModel: "PMN-2",
      verification: "corroborated",
      summary:
        "Five soldiers on patrol near Chong An Ma were wounded by a landmine. Press reports say one lost a leg; " +
        "official statements counted one casualty. Thailand protested to Cambodia from this day onward.",
      sources: [
        { outlet: "The Thaiger", url: "https://thethaiger.com/", publishedOn: "" },
        { outlet: "The Nation (Thailand)", url: "https://www.nationthailand.com/news/general/40052934", publishedOn: "" },
      ],
      casualties: injured(5, ["Leg amputated"]),
    },
  },
  {
    key: "5eed2025-0809-4000-8000-000000000003",
    values: {
      ...base,
      occurredOn: "2025-08-09",
      provinceCode: "TH-33",
      locality: "Don Ao–Krissana, Kantharalak",
      latitude: "14.4025",
      longitude: "104.7051",
      coordinatePrecision: "district",
      summary: "Three soldiers were wounded by a landmine near Don Ao–Krissana; one lost a foot.",
      sources: [
        { outlet: "The Nation (Thailand)", url: "https://www.nationthailand.com/news/general/40053809", publishedOn: "" },
      ],
      casualties: injured(3, ["Foot amputated"]),
    },
  },
  {
    key: "5eed2025-0812-4000-8000-000000000004",
    values: {
      ...base,
      occurredOn: "2025-08-12",
      provinceCode: "TH-32",
      locality: "Chong Chub Ta Mok / Ta Muen Thom, Phanom Dong Rak",
      latitude: "14.3494",
      longitude: "103.2648",
      coordinatePrecision: "village",
      summary: "One soldier was wounded by a landmine near Ta Muen Thom temple.",
      sources: [
        { outlet: "The Nation (Thailand)", url: "https://www.nationthailand.com/news/general/40053928", publishedOn: "" },
      ],
      casualties: injured(1),
    },
  },
  {
    key: "5eed2025-0827-4000-8000-000000000005",
    values: {
      ...base,
      occurredOn: "2025-08-27",
      provinceCode: "TH-32",
      locality: "Hill 350, Ta Kwai temple",
      latitude: "14.3525",
      longitude: "103.3758",
      coordinatePrecision: "village",
      summary:
        "A landmine exploded near Hill 350 by Ta Kwai temple. The Nation reported one soldier injured; " +
        "the 2nd Army Region reported three. One casualty is recorded until the count is verified.",
      sources: [
        { outlet: "The Nation (Thailand)", url: "https://www.nationthailand.com/news/general/40054601", publishedOn: "" },
        { outlet: "MGR Online, article 9680000081932", url: "https://mgronline.com/", publishedOn: "" },
      ],
      casualties: injured(1),
    },
  },
  {
    key: "5eed2025-1020-4000-8000-000000000006",
    values: {
      ...base,
      occurredOn: "2025-10-20",
      provinceCode: "TH-33",
      locality: "Don Tuan temple",
      latitude: "14.4031",
      longitude: "104.6672",
      coordinatePrecision: "village",
      activity: "unknown",
      summary: "A landmine was triggered near Don Tuan temple but failed to go off. Nobody was hurt (near miss).",
      sources: [{ outlet: "MGR Online, article 9680000109854", url: "https://mgronline.com/", publishedOn: "" }],
      casualties: [],
    },
  },
  {
    key: "5eed2025-1110-4000-8000-000000000007",
    values: {
      ...base,
      occurredOn: "2025-11-10",
      provinceCode: "TH-33",
      locality: "Huai Ta Maria, Kantharalak",
      latitude: "14.4150",
      longitude: "104.7720",
      coordinatePrecision: "district",
      deviceModel: "PMN-2",
      summary:
        "Four soldiers were wounded by a landmine at Huai Ta Maria; one lost a foot. Three more PMN-2 mines were found nearby.",
      sources: [
        { outlet: "The Nation (Thailand)", url: "https://www.nationthailand.com/news/general/40058049", publishedOn: "" },
      ],
      casualties: injured(4, ["Foot amputated"]),
    },
  },
  {
    key: "5eed2025-1221-4000-8000-000000000008",
    values: {
      ...base,
      occurredOn: "2025-12-21",
      provinceCode: "TH-23",
      locality: "Ban Nong Ree, Cham Rak, Mueang Trat",
      latitude: "12.3560",
      longitude: "102.6320",
      coordinatePrecision: "village",
      summary: "A navy marine stepped on a landmine near Ban Nong Ree and lost a foot.",
      sources: [
        { outlet: "The Thaiger", url: "https://thethaiger.com/", publishedOn: "" },
        { outlet: "MGR Online, article 9680000123034", url: "https://mgronline.com/", publishedOn: "" },
      ],
      casualties: injured(1, ["Foot amputated"], "Royal Thai Navy marines"),
    },
  },
  {
    key: "5eed2025-1227-4000-8000-000000000009",
    values: {
      ...base,
      occurredOn: "2025-12-27",
      provinceCode: "TH-33",
      locality: "Sattasom, Kantharalak",
      latitude: "14.4080",
      longitude: "104.7400",
      coordinatePrecision: "district",
      activity: "unknown",
      verification: "corroborated",
      summary:
        "A soldier was wounded by a landmine at Sattasom and left with a permanent disability. " +
        "Thailand's Ministry of Foreign Affairs protested it as the 10th landmine incident.",
      sources: [
        { outlet: "Ministry of Foreign Affairs of Thailand, protest statement", url: "https://www.mfa.go.th/", publishedOn: "" },
      ],
      casualties: injured(1, ["Permanent disability"]),
    },
  },
  {
    key: "5eed2025-1229-4000-8000-00000000000a",
    values: {
      ...base,
      occurredOn: "2025-12-29",
      provinceCode: "TH-33",
      locality: "Border area",
      latitude: "14.4200",
      longitude: "104.5500",
      coordinatePrecision: "province",
      activity: "demining",
      summary: "An army deminer was wounded by a landmine while clearing the border area: left leg lost, left eye injured.",
      sources: [{ outlet: "Reuters, via UNN", url: "https://unn.ua/en", publishedOn: "" }],
      casualties: [
        {
          category: "deminer",
          outcome: "injured",
          nationality: "TH",
          sex: "unknown",
          age: "",
          injuries: "Left leg amputated, left eye injured",
          unit: "Royal Thai Army",
        },
      ],
    },
  },
];

export const BORDER_INCIDENTS_2025: SeedIncident[] = PUBLISHED.map(({ key, values }) => ({
  key,
  values: { ...values, summary: values.summary + APPROXIMATE_POSITION },
}));
