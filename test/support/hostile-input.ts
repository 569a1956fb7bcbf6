import fc from "fast-check";
import {
  Activity,
  CasualtyCategory,
  CasualtyOutcome,
  DeviceType,
  Emplacement,
  ProtestKind,
  Sex,
  Verification,
} from "@/generated/prisma/enums";
import { BODIES } from "@/lib/protests/recipients";

// Arbitrary form submissions for the property-based tests: mostly plausible values,
// mixed with hostile ones (wrong types, 1 MB strings, Unicode edge cases, markup,
// SQL fragments, out-of-range numbers and dates, unknown enum values), with fields
// left out and unknown fields added. Shared by the pure schema tests and the
// database-backed ones.

const MB = 1024 * 1024;

/** Strings that must be stored exactly as typed when they are otherwise valid text. */
export const NASTY_TEXT = [
  "<script>alert('x')</script>",
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE incidents; --",
  "1 OR 1=1; SELECT pg_sleep(10)",
  "Robert'); DELETE FROM casualties;--",
  "=HYPERLINK(\"http://example.com\")",
  "\u202Eevil.exe\u202C ← RTL override",
  "مرحبا بالعالم",
  "שלום עולם",
  "e\u0301\u0302\u0303\u0304 Z\u0351\u0352\u0353 combining",
  "💣 👨‍👩‍👧‍👦 🇹🇭 🇰🇭",
  "ทุ่นระเบิดสังหารบุคคล ช่องอานม้า",
  "មីនប្រឆាំងមនុស្ស ឧត្តរមានជ័យ",
  "tab\there\r\nnew line",
  "\u200B\u200C\u200D\uFEFF zero-width",
  "${process.exit(1)} {{7*7}} %s %n",
  "\\x00 \\u0000 literally",
];

/** Strings no field accepts as they are, or that only odd fields accept. */
const BROKEN_TEXT = [
  "a\u0000b",
  "\u0000",
  "x\uD800y",
  "\uDFFF",
  "broken \uD83D",
  "__proto__",
  "constructor",
  "toString",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x1F",
  "90.0000001",
  "-180.5",
  "99999999999999999999999",
  "2025-02-30",
  "0000-00-00",
  "9999-12-31",
  "1969-12-31",
  "2025-13-01",
  "25:61",
  "ANTI_PERSONNEL_MINE",
  "anti_personnel_mine\u200B",
  "th-33",
  "TH\u0000",
];

// Built once: 1,000 cases of fresh 1 MB strings would spend the test's time on allocation.
const HUGE_TEXT = ["A".repeat(MB), "<script>".repeat(MB / 8), "💣".repeat(MB / 2), "ข".repeat(MB), " ".repeat(MB) + "x"];

const wrongType: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string(), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);

const randomText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ maxLength: 40 }),
);

/** Anything a hostile client might put in a field. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...BROKEN_TEXT) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY_TEXT) },
  { weight: 2, arbitrary: randomText },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE_TEXT) },
  { weight: 2, arbitrary: wrongType },
);

type Field = <T>(valid: fc.Arbitrary<T>, invalid?: readonly unknown[]) => fc.Arbitrary<unknown>;

/** A clean submission's field: only values the form accepts (free text may still hold markup or SQL). */
const clean: Field = (valid) => valid;

/** A hostile submission's field: mostly plausible, sometimes out of range, sometimes anything. */
const hostile: Field = (valid, invalid = []) =>
  fc.oneof(
    { weight: 6, arbitrary: valid as fc.Arbitrary<unknown> },
    { weight: invalid.length ? 2 : 0, arbitrary: invalid.length ? fc.constantFrom(...invalid) : fc.constant("") },
    { weight: 1, arbitrary: hostileValue },
  );

const freeText = (max: number) =>
  fc.oneof(
    fc.constant(""),
    fc.constantFrom(...NASTY_TEXT),
    fc.string({ unit: "grapheme", maxLength: Math.min(max, 60) }),
  );

const DAY = 86_400_000;
const pastDate = fc
  .integer({ min: 0, max: Math.floor((Date.now() - DAY) / DAY) })
  .map((days) => new Date(days * DAY).toISOString().slice(0, 10));

const choice = (values: Record<string, string>) => fc.constantFrom(...Object.values(values));

const PLACES = [
  ["TH", "TH-33"],
  ["TH", "TH-32"],
  ["TH", "TH-10"],
  ["KH", "KH-22"],
  ["KH", "KH-13"],
] as const;

const GOOD_URLS = [
  "https://www.nationthailand.com/news/general/40053809",
  "http://example.org/report?id=1&lang=th",
  "https://www.khmertimeskh.com/501234567/mine-blast/",
];
const BAD_URLS = ["javascript:alert(1)", "https://", "ftp://example.org/file", "https://exa mple.org", "data:text/html,<script>alert(1)</script>"];

const coordinates = fc.oneof(
  fc.constant(["", ""]),
  fc.tuple(fc.double({ min: -90, max: 90, noNaN: true }), fc.double({ min: -180, max: 180, noNaN: true })).map(([a, b]) => [
    String(a),
    String(b),
  ]),
);

function sourceOf(f: Field) {
  return fc.record(
    {
      outlet: f(fc.constantFrom("The Nation", "Khmer Times", ...NASTY_TEXT), [""]),
      url: f(fc.constantFrom(...GOOD_URLS), BAD_URLS),
      publishedOn: f(fc.oneof(fc.constant(""), pastDate), ["2999-01-01", "1969-12-31"]),
    },
    { requiredKeys: f === clean ? ["outlet", "url", "publishedOn"] : ["url"] },
  );
}

function casualtyOf(f: Field) {
  return fc.record(
    {
      category: f(choice(CasualtyCategory), ["MILITARY", "soldier"]),
      outcome: f(choice(CasualtyOutcome), ["dead"]),
      nationality: f(fc.constantFrom("", "TH", "KH", "th"), ["XX", "THA"]),
      sex: f(choice(Sex), ["x"]),
      age: f(fc.oneof(fc.constant(""), fc.integer({ min: 0, max: 120 }).map(String)), ["-1", "121", "3.5", "1e2"]),
      injuries: f(freeText(1000)),
      unit: f(freeText(300)),
    },
    { requiredKeys: f === clean ? ["category", "outcome", "sex"] : [] },
  );
}

/** Unknown fields, including names that target Next.js internals or object prototypes. */
const extraFields = fc.dictionary(
  fc.constantFrom("isAdmin", "id", "reference", "createdAt", "__proto__", "constructor", "$ACTION_ID_x", "archivedAt", "version"),
  fc.oneof(fc.string({ maxLength: 10 }), fc.constant("1")),
  { maxKeys: 3 },
);

function incidentOf(f: Field) {
  const required = f === clean ? undefined : { requiredKeys: [] as never[] };
  return fc
    .tuple(
      fc.constantFrom(...PLACES),
      f(fc.constant(true), ["KH", "JP", "", "XX"]),
      f(fc.constant(true), ["KH-22", "TH-99", "TH-33' --"]),
      coordinates,
      fc.record(
        {
          occurredOn: f(pastDate, ["2999-01-01", "1969-12-31", "2025-02-30", "9999-12-31"]),
          occurredAt: f(fc.constantFrom("", "06:05", "23:59", "14:30:00"), ["24:00", "7:5", "12:60"]),
          locality: f(freeText(300)),
          deviceType: f(choice(DeviceType), ["pmn2", "ANTI_PERSONNEL_MINE"]),
          deviceModel: f(freeText(120)),
          emplacement: f(choice(Emplacement), ["new"]),
          emplacementBasis: f(freeText(1000)),
          activity: f(choice(Activity), ["sleeping"]),
          summary: f(fc.oneof(fc.constantFrom(...NASTY_TEXT), fc.string({ unit: "grapheme", minLength: 1, maxLength: 200 })), [""]),
          verification: f(choice(Verification), ["confirmed"]),
          sources: f(fc.array(sourceOf(f), { minLength: 1, maxLength: 3 }), [[]]),
          casualties: f(fc.array(casualtyOf(f), { maxLength: 4 })),
        },
        required,
      ),
      f === clean ? fc.constant({}) : extraFields,
    )
    .map(([[country, province], countryOrHostile, provinceOrHostile, [latitude, longitude], values, extra]) => ({
      ...extra,
      countryCode: countryOrHostile === true ? country : countryOrHostile,
      provinceCode: provinceOrHostile === true ? province : provinceOrHostile,
      latitude,
      longitude,
      ...values,
    }));
}

/** One in three submissions is clean (so the saving path is exercised); the rest are hostile. */
export const incidentSubmission: fc.Arbitrary<Record<string, unknown>> = fc.oneof(
  { weight: 1, arbitrary: incidentOf(clean) },
  { weight: 2, arbitrary: incidentOf(hostile) },
);

function protestOf(f: Field, references: readonly string[]) {
  return fc
    .tuple(
      fc.record(
        {
          kind: f(choice(ProtestKind), ["protest", "ARTICLE_8_2_REQUEST"]),
          fromState: f(fc.constantFrom("TH", "KH", "JP"), ["XX", "th"]),
          recipient: f(fc.constantFrom("KH", "TH", ...Object.keys(BODIES)), ["president", "toString"]),
          status: f(fc.constantFrom("draft", "sent"), ["closed", "acknowledged"]),
          sentOn: f(pastDate, ["", "2999-01-01"]),
          documentReference: f(freeText(200)),
          responseDueOn: f(fc.oneof(fc.constant(""), fc.constant("2099-01-01")), ["1970-01-01", "2025-02-30"]),
          notes: f(freeText(5000)),
          incidents: f(fc.uniqueArray(fc.constantFrom(...references), { minLength: 1, maxLength: 3 }), [
            [],
            ["MI-2025-9999"],
            ["mi-2025-0001"],
            ["MI-2025-0001' OR '1'='1"],
          ]),
        },
        f === clean ? undefined : { requiredKeys: [] },
      ),
      f === clean ? fc.constant({}) : extraFields,
    )
    .map(([values, extra]) => ({ ...extra, ...values }));
}

/** A protest step covering some of `references` (real ones), clean or hostile. */
export function protestSubmission(references: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof({ weight: 1, arbitrary: protestOf(clean, references) }, { weight: 2, arbitrary: protestOf(hostile, references) });
}

/**
 * A submission as the browser (or a hand-made request) would post it: dotted
 * names, every value a string, as FormData carries nothing else; a value that is
 * not a string becomes what `String()` makes of it, or a file upload.
 */
export function toFormData(values: Record<string, unknown>): FormData {
  const data = new FormData();
  const add = (name: string, value: unknown) => {
    if (Array.isArray(value)) value.forEach((item, i) => add(`${name}.${i}`, item));
    else if (typeof value === "object" && value !== null) {
      for (const [key, item] of Object.entries(value)) add(`${name}.${key}`, item);
    } else if (typeof value === "boolean") data.append(name, new Blob([String(value)]), "upload.txt");
    else if (value !== undefined) data.append(name, String(value));
  };
  for (const [name, value] of Object.entries(values)) add(name, value);
  return data;
}
