"use client";

import Link from "next/link";
import { useRef } from "react";
import { get, useFieldArray, useWatch, type FieldPath } from "react-hook-form";
import type { IncidentFormState } from "@/lib/actions/form-state";
import { COUNTRY_CHOICES } from "@/lib/geo/countries";
import { findCountry, findProvince, provinceCountries } from "@/lib/geo/gazetteer";
import {
  ACTIVITY_LABELS,
  CASUALTY_CATEGORY_LABELS,
  CASUALTY_OUTCOME_LABELS,
  COORDINATE_PRECISION_LABELS,
  DEVICE_TYPE_LABELS,
  EMPLACEMENT_LABELS,
  SEX_LABELS,
  VERIFICATION_LABELS,
  optionsOf,
} from "@/lib/labels";
import { latestToday } from "@/lib/validations/dates";
import { reverifyNotice } from "@/lib/validations/verification-rule";
import {
  EMPTY_CASUALTY,
  EMPTY_SOURCE,
  SUMMARY_MAX,
  incidentFormSchema,
  type IncidentFormValues,
  type IncidentInput,
} from "@/lib/validations/incident";
import { FormAlert } from "@/components/forms/form-alert";
import { CountryOptions, ProvinceGroups } from "@/components/geo/gazetteer-options";
import { useActionForm } from "@/components/forms/use-action-form";
import { FormField } from "@/components/ui/form-field";
import { Options } from "@/components/ui/options";
import { buttonClass, inputClass, linkClass, secondaryButtonClass } from "@/components/ui/styles";

type Action = (state: IncidentFormState, formData: FormData) => Promise<IncidentFormState>;
type Name = FieldPath<IncidentFormValues>;

type Props = {
  action: Action;
  initialValues: IncidentFormValues;
  submitLabel: string;
  cancelHref: string;
  /** New incidents: chosen when the page was rendered, so a repeated submit saves once. */
  submissionKey?: string;
  /** Edits: the version the form started from. */
  version?: number;
  /** False for a reporter: verification stays as it is (the server refuses a change too). */
  mayVerify: boolean;
  /** GAZETTEER_COUNTRIES_FIRST: the countries offered first, whose provinces show before one is chosen. */
  countriesFirst: readonly string[];
};

/**
 * The incident form: react-hook-form validates with the shared zod schema in the
 * browser, then posts the FormData to the Server Action, which validates again.
 * Without JavaScript the same form posts straight to the action.
 */
export function IncidentForm({ action, initialValues, submitLabel, cancelHref, submissionKey, version, mayVerify, countriesFirst }: Props) {
  const { state, formAction, pending, hydrated, form, formRef, errorOf, onSubmit, showSummary } = useActionForm<
    IncidentFormValues,
    IncidentInput
  >({ action, schema: incidentFormSchema, initialValues });
  const { register, control, setValue, getValues } = form;
  const sources = useFieldArray({ control, name: "sources" });
  const casualties = useFieldArray({ control, name: "casualties" });
  const country = useWatch({ control, name: "countryCode" });
  const addCasualtyRef = useRef<HTMLButtonElement>(null);
  const addSourceRef = useRef<HTMLButtonElement>(null);
  const field = (name: Name) => ({ ...register(name), defaultValue: get(state.values, name) as string });

  const chosenCountry = hydrated && country ? findCountry(country) : undefined;
  const provinceGroups = chosenCountry ? [chosenCountry] : provinceCountries(countriesFirst, [state.values.countryCode]);
  const countryField = register("countryCode", {
    onChange: () => {
      const province = findProvince(getValues("provinceCode") ?? "");
      if (province && province.countryCode !== getValues("countryCode")) setValue("provinceCode", "");
    },
  });

  return (
    <form ref={formRef} action={formAction} onSubmit={onSubmit} noValidate className="space-y-8">
      {/* Enter in a field submits with the first submit button: make that "save", not "remove". */}
      <button type="submit" className="sr-only" tabIndex={-1} aria-hidden="true">
        {submitLabel}
      </button>
      {submissionKey ? <input type="hidden" name="submissionKey" value={submissionKey} /> : null}
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}

      <FormAlert show={showSummary} message={state.formError} conflicts={state.conflicts} />

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">When and where</legend>
        <FormField id="occurredOn" label="Date" required error={errorOf("occurredOn")}>
          {(a) => <input type="date" max={latestToday()} className={inputClass} {...a} {...field("occurredOn")} />}
        </FormField>
        <FormField id="occurredAt" label="Time" hint="Local time, if known" error={errorOf("occurredAt")}>
          {(a) => <input type="time" className={inputClass} {...a} {...field("occurredAt")} />}
        </FormField>
        <FormField id="countryCode" label="Country" required error={errorOf("countryCode")}>
          {(a) => (
            <select className={inputClass} {...a} {...countryField} defaultValue={state.values.countryCode}>
              <option value="">Choose a country</option>
              <CountryOptions first={countriesFirst} />
            </select>
          )}
        </FormField>
        <FormField
          id="provinceCode"
          label="Province"
          required
          hint={hydrated && !country ? "Choose the country first" : undefined}
          error={errorOf("provinceCode")}
        >
          {(a) => (
            <select className={inputClass} {...a} {...field("provinceCode")}>
              <option value="">Choose a province</option>
              <ProvinceGroups countries={provinceGroups} />
            </select>
          )}
        </FormField>
        <FormField id="locality" label="Locality" hint="Village, hill, temple, district" className="sm:col-span-2" error={errorOf("locality")}>
          {(a) => <input type="text" className={inputClass} {...a} {...field("locality")} />}
        </FormField>
        <FormField id="latitude" label="Latitude" hint="WGS 84 decimal degrees, e.g. 14.3821" error={errorOf("latitude")}>
          {(a) => <input type="text" inputMode="decimal" className={inputClass} {...a} {...field("latitude")} />}
        </FormField>
        <FormField id="longitude" label="Longitude" hint="WGS 84 decimal degrees, e.g. 104.6912" error={errorOf("longitude")}>
          {(a) => <input type="text" inputMode="decimal" className={inputClass} {...a} {...field("longitude")} />}
        </FormField>
        <FormField
          id="coordinatePrecision"
          label="Precision of the coordinates"
          hint="How closely they place the incident; a coarser place is drawn larger on the map"
          error={errorOf("coordinatePrecision")}
        >
          {(a) => (
            <select className={inputClass} {...a} {...field("coordinatePrecision")}>
              <Options placeholder="Not given" items={optionsOf(COORDINATE_PRECISION_LABELS)} />
            </select>
          )}
        </FormField>
      </fieldset>

      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-lg font-semibold">What happened</legend>
        <FormField id="deviceType" label="Device type" required error={errorOf("deviceType")}>
          {(a) => (
            <select className={inputClass} {...a} {...field("deviceType")}>
              <Options placeholder="Choose a device type" items={optionsOf(DEVICE_TYPE_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField id="deviceModel" label="Device model" hint="e.g. PMN-2" error={errorOf("deviceModel")}>
          {(a) => <input type="text" className={inputClass} {...a} {...field("deviceModel")} />}
        </FormField>
        <FormField id="emplacement" label="Emplacement" required error={errorOf("emplacement")}>
          {(a) => (
            <select className={inputClass} {...a} {...field("emplacement")}>
              <Options items={optionsOf(EMPLACEMENT_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField id="activity" label="Activity" hint="What the casualties were doing" required error={errorOf("activity")}>
          {(a) => (
            <select className={inputClass} {...a} {...field("activity")}>
              <Options placeholder="Choose an activity" items={optionsOf(ACTIVITY_LABELS)} />
            </select>
          )}
        </FormField>
        <FormField
          id="emplacementBasis"
          label="Basis of assessment"
          hint="Who assessed the emplacement, and on what evidence; record competing claims too"
          className="sm:col-span-2"
          error={errorOf("emplacementBasis")}
        >
          {(a) => <textarea rows={2} className={inputClass} {...a} {...field("emplacementBasis")} />}
        </FormField>
        <FormField
          id="summary"
          label="Summary"
          required
          hint={`What happened, in up to ${SUMMARY_MAX.toLocaleString("en")} characters`}
          className="sm:col-span-2"
          error={errorOf("summary")}
        >
          {(a) => <textarea rows={5} className={inputClass} {...a} {...field("summary")} />}
        </FormField>
        <FormField
          id="verification"
          label="Verification"
          required
          hint={mayVerify ? undefined : (reverifyNotice(initialValues.verification) ?? "Set by an editor")}
          error={errorOf("verification")}
        >
          {(a) => (
            <select className={inputClass} {...a} {...field("verification")}>
              <Options
                items={optionsOf(VERIFICATION_LABELS).filter((o) => mayVerify || o.value === initialValues.verification)}
              />
            </select>
          )}
        </FormField>
      </fieldset>

      <fieldset className="space-y-4" aria-describedby="sources-error">
        <legend className="mb-2 text-lg font-semibold">Sources</legend>
        <p className="text-sm text-slate-600">At least one: the outlet or body that reported the incident, and where.</p>
        {sources.fields.map((row, i) => (
          <fieldset key={row.id} className="grid gap-4 rounded-md border border-slate-300 p-4 sm:grid-cols-3">
            <legend className="px-1 font-medium">Source {i + 1}</legend>
            <FormField id={`source-${i}-outlet`} label="Outlet" required error={errorOf(`sources.${i}.outlet`)}>
              {(a) => <input type="text" className={inputClass} {...a} {...register(`sources.${i}.outlet`)} defaultValue={row.outlet} />}
            </FormField>
            <FormField id={`source-${i}-url`} label="URL" required error={errorOf(`sources.${i}.url`)}>
              {(a) => (
                <input type="url" inputMode="url" className={inputClass} {...a} {...register(`sources.${i}.url`)} defaultValue={row.url} />
              )}
            </FormField>
            <FormField id={`source-${i}-publishedOn`} label="Published on" error={errorOf(`sources.${i}.publishedOn`)}>
              {(a) => (
                <input type="date" className={inputClass} {...a} {...register(`sources.${i}.publishedOn`)} defaultValue={row.publishedOn} />
              )}
            </FormField>
            <div className="sm:col-span-3">
              <button
                type="submit"
                name="intent"
                value={`remove-source:${i}`}
                formNoValidate
                className={secondaryButtonClass}
                onClick={(e) => {
                  e.preventDefault();
                  sources.remove(i);
                  addSourceRef.current?.focus();
                }}
              >
                Remove source {i + 1}
              </button>
            </div>
          </fieldset>
        ))}
        <p id="sources-error" className="text-sm font-medium text-red-800" aria-live="polite">
          {errorOf("sources")}
        </p>
        <button
          ref={addSourceRef}
          type="submit"
          name="intent"
          value="add-source"
          formNoValidate
          className={secondaryButtonClass}
          onClick={(e) => {
            e.preventDefault();
            sources.append({ ...EMPTY_SOURCE });
          }}
        >
          Add source
        </button>
      </fieldset>

      <fieldset className="space-y-4">
        <legend className="mb-2 text-lg font-semibold">Casualties</legend>
        {casualties.fields.length === 0 ? (
          <p className="text-sm text-slate-600">No casualties recorded (a near miss). Add each person killed or injured.</p>
        ) : null}
        {casualties.fields.map((row, i) => (
          <fieldset key={row.id} className="grid gap-4 rounded-md border border-slate-300 p-4 sm:grid-cols-3">
            <legend className="px-1 font-medium">Casualty {i + 1}</legend>
            <FormField id={`casualty-${i}-category`} label="Category" required error={errorOf(`casualties.${i}.category`)}>
              {(a) => (
                <select className={inputClass} {...a} {...register(`casualties.${i}.category`)} defaultValue={row.category}>
                  <Options placeholder="Choose a category" items={optionsOf(CASUALTY_CATEGORY_LABELS)} />
                </select>
              )}
            </FormField>
            <FormField id={`casualty-${i}-outcome`} label="Outcome" required error={errorOf(`casualties.${i}.outcome`)}>
              {(a) => (
                <select className={inputClass} {...a} {...register(`casualties.${i}.outcome`)} defaultValue={row.outcome}>
                  <Options placeholder="Choose an outcome" items={optionsOf(CASUALTY_OUTCOME_LABELS)} />
                </select>
              )}
            </FormField>
            <FormField id={`casualty-${i}-nationality`} label="Nationality" error={errorOf(`casualties.${i}.nationality`)}>
              {(a) => (
                <select className={inputClass} {...a} {...register(`casualties.${i}.nationality`)} defaultValue={row.nationality}>
                  <Options placeholder="Unknown" items={COUNTRY_CHOICES} />
                </select>
              )}
            </FormField>
            <FormField id={`casualty-${i}-sex`} label="Sex" error={errorOf(`casualties.${i}.sex`)}>
              {(a) => (
                <select className={inputClass} {...a} {...register(`casualties.${i}.sex`)} defaultValue={row.sex}>
                  <Options items={optionsOf(SEX_LABELS)} />
                </select>
              )}
            </FormField>
            <FormField id={`casualty-${i}-age`} label="Age" hint="Years, if known" error={errorOf(`casualties.${i}.age`)}>
              {(a) => (
                <input type="text" inputMode="numeric" className={inputClass} {...a} {...register(`casualties.${i}.age`)} defaultValue={row.age} />
              )}
            </FormField>
            <FormField id={`casualty-${i}-unit`} label="Unit" hint="Unit or affiliation" error={errorOf(`casualties.${i}.unit`)}>
              {(a) => <input type="text" className={inputClass} {...a} {...register(`casualties.${i}.unit`)} defaultValue={row.unit} />}
            </FormField>
            <FormField
              id={`casualty-${i}-injuries`}
              label="Injuries"
              hint="e.g. left leg amputated, left eye injured"
              className="sm:col-span-3"
              error={errorOf(`casualties.${i}.injuries`)}
            >
              {(a) => <input type="text" className={inputClass} {...a} {...register(`casualties.${i}.injuries`)} defaultValue={row.injuries} />}
            </FormField>
            <div className="sm:col-span-3">
              <button
                type="submit"
                name="intent"
                value={`remove-casualty:${i}`}
                formNoValidate
                className={secondaryButtonClass}
                onClick={(e) => {
                  e.preventDefault();
                  casualties.remove(i);
                  addCasualtyRef.current?.focus();
                }}
              >
                Remove casualty {i + 1}
              </button>
            </div>
          </fieldset>
        ))}
        <button
          ref={addCasualtyRef}
          type="submit"
          name="intent"
          value="add-casualty"
          formNoValidate
          className={secondaryButtonClass}
          onClick={(e) => {
            e.preventDefault();
            casualties.append({ ...EMPTY_CASUALTY });
          }}
        >
          Add casualty
        </button>
      </fieldset>

      <div className="flex flex-wrap items-center gap-4 border-t border-slate-300 pt-6">
        <button type="submit" className={buttonClass} disabled={pending} aria-disabled={pending}>
          {pending ? "Saving…" : submitLabel}
        </button>
        <Link href={cancelHref} className={linkClass}>
          Cancel
        </Link>
        <p className="text-sm text-slate-600">
          Fields marked <span aria-hidden="true">*</span>
          <span className="sr-only">as required</span> are required.
        </p>
      </div>
    </form>
  );
}
