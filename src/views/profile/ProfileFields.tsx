/**
 * The public profile's fields, once for the signup form, "Gérer mon profil" and the
 * referent's review: the same labels, hints and limits (src/lib/forms/profile.ts), which
 * the zod schemas read too. The signup form spreads the groups over its steps.
 */
import { PROFILE_FIELDS as P } from '../../lib/forms/profile.ts';
import type { FieldValues } from '../../lib/forms/values.ts';
import { INTERVENTIONS, MODALITIES, PUBLICS, SECTORS, THEMES, ZONE_KINDS } from '../../lib/vocabularies.ts';
import { Checkboxes, Radios } from '../form/Choices.tsx';
import { Select, TextArea, TextField, optionList, type Errors, type Options } from '../form/Field.tsx';

export interface ProfileFieldsProps {
  values: FieldValues;
  errors: Errors;
}

export function DisplayNameField({ values, errors }: ProfileFieldsProps) {
  return <TextField {...P.displayName} defaultValue={values.text('displayName')} errors={errors} />;
}

/** `sector={false}` for the referent's review, where the sector is shown, not corrected. */
export function JobFields({ values, errors, sector = true }: ProfileFieldsProps & { sector?: boolean }) {
  return (
    <>
      <TextField {...P.jobTitle} defaultValue={values.text('jobTitle')} errors={errors} />
      {sector && (
        <Select {...P.sector} options={SECTORS} placeholder="Choisissez un secteur" defaultValue={values.text('sector')} errors={errors} />
      )}
      <TextField {...P.organisation} defaultValue={values.text('organisation')} errors={errors} />
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
export function ProfileFields(props: ProfileFieldsProps & { departments: Options; areas?: Options }) {
  return (
    <>
      <DisplayNameField {...props} />
      <JobFields {...props} />
      <OfferFields {...props} />
      <CapacityField {...props} />
    </>
  );
}
