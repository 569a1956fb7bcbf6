import type { CasualtyCategory, CasualtyOutcome, Sex } from "@/generated/prisma/enums";
import { formatDateOnly } from "@/lib/validations/dates";

// A casualty and a source as an incident's page and its history show them: the same
// fields, whether they come from stored rows or from a validated form.

export type CasualtyFields = {
  category: CasualtyCategory;
  outcome: CasualtyOutcome;
  nationality: string | null;
  sex: Sex;
  age: number | null;
  injuries: string | null;
  unit: string | null;
};

export type SourceFields = { outlet: string; url: string; publishedOn: string | null };

/** Only the fields a person enters (not the row's id, position or incident). */
export function casualtyFields(c: CasualtyFields): CasualtyFields {
  return {
    category: c.category,
    outcome: c.outcome,
    nationality: c.nationality,
    sex: c.sex,
    age: c.age,
    injuries: c.injuries,
    unit: c.unit,
  };
}

export function sourceFields(s: { outlet: string; url: string; publishedOn: Date | null }): SourceFields {
  return { outlet: s.outlet, url: s.url, publishedOn: s.publishedOn ? formatDateOnly(s.publishedOn) : null };
}
