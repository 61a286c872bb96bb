/**
 * The public profile's fields, once for the signup form, "Gérer mon profil" and the
 * referent's review: the same labels, hints and limits (src/lib/forms/profile.ts), which
 * the zod schemas read too. The signup form spreads the groups over its steps.
 */
import { PROFILE_FIELDS as P } from '../../lib/forms/profile.ts';
import type { FieldValues } from '../../lib/forms/values.ts';
import { INTERVENTIONS, MODALITIES, PUBLICS, SECTORS, SIZE_BANDS, THEMES, ZONE_KINDS } from '../../lib/vocabularies.ts';
import { Checkboxes, Radios } from '../form/Choices.tsx';
import { Select, TextArea, TextField, optionList, type Errors, type Options } from '../form/Field.tsx';

export interface ProfileFieldsProps {
  values: FieldValues;
  errors: Errors;
}

/**
 * Issue 11: which kind of ambassador the form is for. Undefined (the signup form, where the type
 * is chosen in the same form): both groups are shown, each headed by whom it is for, and the
 * stylesheet hides the one that does not apply once a type is ticked (no JavaScript).
 */
export type ProfileKind = 'company' | 'person' | undefined;

/** A company's SIRET and size band; a person's company, chosen among the company profiles (`companies`). */
export function CompanyFields({ values, errors, kind, companies = [] }: ProfileFieldsProps & { kind: ProfileKind; companies?: Options }) {
  return (
    <>
      {kind !== 'person' && (
        <fieldset className="for-company">
          <legend>Pour une entreprise ou structure</legend>
          <TextField {...P.siret} defaultValue={values.text('siret')} errors={errors} />
          <Select
            {...P.sizeBand}
            options={SIZE_BANDS}
            placeholder="Choisissez une tranche"
            defaultValue={values.text('sizeBand')}
            errors={errors}
          />
        </fieldset>
      )}
      {kind !== 'company' && optionList(companies).length > 0 && (
        <div className="for-person">
          <Select
            {...P.company}
            options={companies}
            placeholder="Aucune (ou elle n’est pas ambassadrice)"
            defaultValue={values.text('company')}
            errors={errors}
          />
        </div>
      )}
    </>
  );
}

export function DisplayNameField({ values, errors }: ProfileFieldsProps) {
  return <TextField {...P.displayName} defaultValue={values.text('displayName')} errors={errors} />;
}

/** `sector={false}` and `company={false}` for the referent's review, where the sector and the company fields are shown, not corrected. */
export function JobFields({
  values,
  errors,
  sector = true,
  kind,
  companies,
  company = true,
}: ProfileFieldsProps & { sector?: boolean; kind?: ProfileKind; companies?: Options; company?: boolean }) {
  return (
    <>
      <TextField {...P.jobTitle} defaultValue={values.text('jobTitle')} errors={errors} />
      {sector && (
        <Select {...P.sector} options={SECTORS} placeholder="Choisissez un secteur" defaultValue={values.text('sector')} errors={errors} />
      )}
      {company && <CompanyFields values={values} errors={errors} kind={kind} companies={companies ?? []} />}
      {kind !== 'company' && <TextField {...P.organisation} defaultValue={values.text('organisation')} errors={errors} />}
      <TextArea {...P.presentation} defaultValue={values.text('presentation')} errors={errors} />
      <TextArea {...P.careerPath} defaultValue={values.text('careerPath')} errors={errors} />
    </>
  );
}

/** What the ambassador offers and where: `departments` are the Région's, as « Nord (59) ». */
/** `areas`: the employment areas of the CMS, as options (issue 11). */
export function OfferFields({ values, errors, departments, areas = [] }: ProfileFieldsProps & { departments: Options; areas?: Options }) {
  return (
    <>
      <Checkboxes {...P.interventions} options={INTERVENTIONS} values={values.list('interventions')} errors={errors} />
      <Checkboxes {...P.publics} options={PUBLICS} values={values.list('publics')} errors={errors} />
      <Checkboxes {...P.modalities} options={MODALITIES} values={values.list('modalities')} errors={errors} />
      <Checkboxes {...P.themes} options={THEMES} values={values.list('themes')} errors={errors} />
      <ZoneFields values={values} errors={errors} departments={departments} areas={areas} />
    </>
  );
}

/**
 * The zone of intervention (issue 11): its kind, then the fields of each kind (all shown: the
 * form works without JavaScript; the server reads only those of the kind chosen).
 */
export function ZoneFields({ values, errors, departments, areas }: ProfileFieldsProps & { departments: Options; areas: Options }) {
  return (
    <fieldset className="zone">
      <legend>Où vous intervenez</legend>
      <Radios {...P.zoneKind} options={ZONE_KINDS} value={values.text('zoneKind') || 'departments'} errors={errors} />
      <Checkboxes {...P.departments} options={departments} values={values.list('departments')} errors={errors} />
      <TextField {...P.zoneCommune} defaultValue={values.text('zoneCommune')} errors={errors} />
      <TextField {...P.zoneRadiusKm} defaultValue={values.text('zoneRadiusKm')} errors={errors} />
      {optionList(areas).length > 0 && (
        <Checkboxes {...P.employmentAreas} options={areas} values={values.list('employmentAreas')} errors={errors} />
      )}
    </fieldset>
  );
}

/** The monthly capacity and the yearly commitment (volume per school year, school periods only). */
export function CapacityField({ values, errors }: ProfileFieldsProps) {
  return (
    <>
      <TextField {...P.monthlyCapacity} defaultValue={values.text('monthlyCapacity') || '2'} errors={errors} />
      <TextField {...P.yearlyInterventions} defaultValue={values.text('yearlyInterventions')} errors={errors} />
      <Checkboxes
        {...P.schoolPeriodsOnly}
        label="Périodes d’intervention"
        options={{ oui: P.schoolPeriodsOnly.label }}
        values={[values.text('schoolPeriodsOnly')]}
        errors={errors}
      />
    </>
  );
}

/** Every field of the public profile, in the order of the signup form. */
export function ProfileFields(
  props: ProfileFieldsProps & { departments: Options; areas?: Options; kind?: ProfileKind; companies?: Options },
) {
  return (
    <>
      <DisplayNameField {...props} />
      <JobFields {...props} />
      <OfferFields {...props} />
      <CapacityField {...props} />
    </>
  );
}
