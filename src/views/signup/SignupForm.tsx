/**
 * The signup form (brief F3), once for the static page (src/pages/devenir-ambassadeur/inscription.astro,
 * empty) and for the function's correction page (sent back with what was posted and a message next
 * to each wrong field). Five steps, each a `<fieldset data-step>`: <signup-form> (src/scripts/signup.ts)
 * shows one at a time and reads the fields by `data-field` and `#erreur-<name>`. Without JavaScript
 * it is one long form posted to /api/inscription.
 */
import type { ReactNode } from 'react';
import { summaryLabels } from '../../lib/forms/field.ts';
import { PROFILE_FIELDS } from '../../lib/forms/profile.ts';
import { SIGNUP_FIELDS as S } from '../../lib/forms/signup.ts';
import type { FieldValues } from '../../lib/forms/values.ts';
import { AMBASSADOR_TYPES, PAGE_PATHS } from '../../lib/vocabularies.ts';
import { Checkboxes, Radios } from '../form/Choices.tsx';
import { FieldNotes, TextField, describedBy, type Errors, type Options } from '../form/Field.tsx';
import { Honeypot, PostForm, SubmitButton } from '../form/PostForm.tsx';
import { CapacityField, DisplayNameField, JobFields, OfferFields } from '../profile/ProfileFields.tsx';

export const SIGNUP_ACTION = '/api/inscription';

/**
 * Messages about a field with no control of its own show in the field the person fills: the
 * commune's code and centre (hidden, filled by the suggestion chosen) in the commune's box,
 * the charter's version (hidden) at the charter.
 */
const SHOWN_AT: Readonly<Record<string, string>> = {
  position: 'homeCommune',
  communeSearch: 'homeCommune',
  charterVersion: 'charterAccepted',
};

/** The schema's messages keyed by the field box (`data-field`) that shows them. */
export function shownErrors(errors: Errors): Errors {
  const shown: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors)) shown[SHOWN_AT[field] ?? field] ??= message;
  return shown;
}

/**
 * The same messages keyed by the id of the control each summary link goes to: the commune's box
 * is `homeCommune` (the schema's name), its control is the typed `communeSearch`.
 */
export function summaryErrors(errors: Errors): Errors {
  return Object.fromEntries(
    Object.entries(shownErrors(errors)).map(([field, message]) => [field === 'homeCommune' ? 'communeSearch' : field, message]),
  );
}

/** Short labels of the fields a summary link can go to (hidden ones never are: see summaryErrors). */
export const SIGNUP_SUMMARY_LABELS = summaryLabels({ ...S, ...PROFILE_FIELDS });

interface Props {
  /** What the form is sent back with: what was posted (empty on the static page). */
  values: FieldValues;
  /** The schema's messages, by field name (as the function answers them). */
  errors?: Errors;
  /** The Région's départements, as « Nord (59) ». */
  departments: Options;
  /** The employment areas of the CMS (issue 11). */
  areas?: Options;
  /** The company profiles a person may name as their company (issue 11). */
  companies?: Options;
  /** The version of the charter the person accepts (sent back with the form). */
  charterVersion: string;
}

function Step({ number, title, children }: { number: number; title: string; children: ReactNode }) {
  return (
    <fieldset data-step="">
      <legend>
        <span className="step-number">{`Étape ${number} sur 5 :`}</span> {title}
      </legend>
      {children}
    </fieldset>
  );
}

/**
 * The commune: typed in `communeSearch` (a combobox once enhanced), its code and centre in hidden
 * fields. The box is the schema's `homeCommune` field, so the script shows its message at
 * `#erreur-homeCommune`. The hidden fields are never sent back: without JavaScript the server
 * looks the typed commune up again at each sending.
 */
function CommuneField({ value, errors }: { value: string; errors: Errors }) {
  const box = { ...S.homeCommune, hint: S.communeSearch.hint, errors };
  return (
    <div className="field" data-field={S.homeCommune.name}>
      <label htmlFor={S.communeSearch.name}>{S.communeSearch.label}</label>
      <input
        id={S.communeSearch.name}
        name={S.communeSearch.name}
        defaultValue={value}
        required={S.communeSearch.required}
        maxLength={S.communeSearch.maxLength}
        autoComplete={S.communeSearch.autoComplete}
        {...describedBy(box)}
      />
      <input type="hidden" name="homeCommune" />
      <input type="hidden" name="position" />
      <FieldNotes {...box} />
    </div>
  );
}

export function SignupForm({ values, errors = {}, departments, areas = [], companies = [], charterVersion }: Props) {
  const shown = shownErrors(errors);
  const profile = { values, errors: shown };
  const text = (name: keyof typeof S) => ({ ...S[name], defaultValue: values.text(name), errors: shown });
  return (
    <PostForm action={SIGNUP_ACTION} hidden={{ charterVersion }} noValidate>
      <Step number={1} title="votre profil">
        <Radios {...S.type} options={AMBASSADOR_TYPES} value={values.text('type')} errors={shown} />
      </Step>

      <Step number={2} title="identité et contact">
        <p className="hint">Ces informations restent privées : seuls le référent de votre département et la plateforme les voient.</p>
        <TextField {...text('firstName')} />
        <TextField {...text('lastName')} />
        <TextField {...text('email')} />
        <TextField {...text('phone')} />
        <DisplayNameField {...profile} />
      </Step>

      <Step number={3} title="votre métier ou votre formation">
        <JobFields {...profile} companies={companies} />
      </Step>

      <Step number={4} title="vos interventions et votre territoire">
        <OfferFields {...profile} departments={departments} areas={areas} />
        <CommuneField value={values.text('communeSearch')} errors={shown} />
        <CapacityField {...profile} />
      </Step>

      <Step number={5} title="la charte">
        <p>
          {'Lisez la '}
          <a href={PAGE_PATHS.charter} target="_blank">
            {`charte des ambassadeurs (version ${charterVersion}, nouvel onglet)`}
          </a>
          . Si vous rencontrez des mineurs, le référent vous demandera un extrait de casier judiciaire (bulletin n° 3) : seule la date de
          vérification est conservée.
        </p>
        <Checkboxes
          {...S.charterAccepted}
          options={{ oui: `J’ai lu la charte (version ${charterVersion}) et je m’engage à la respecter.` }}
          values={[values.text('charterAccepted')]}
          errors={shown}
        />
        <Honeypot />
        <p className="hint">
          Vos données servent uniquement au réseau : voir <a href={PAGE_PATHS.personal_data}>données personnelles</a>. Vous pourrez les
          modifier, les exporter ou les effacer à tout moment.
        </p>
        <p className="hint">
          Une fois votre profil publié, le réseau vous écrira aussi quelques fois par an : actualités, invitations à des événements,
          remerciements. Chacun de ces messages d’animation porte un lien « Ne plus recevoir les messages d’animation », et « Gérer mon
          profil » permet de les refuser ou de les accepter de nouveau à tout moment ; les demandes d’intervention vous parviennent dans
          tous les cas.
        </p>
        <SubmitButton>Envoyer mon inscription</SubmitButton>
      </Step>
    </PostForm>
  );
}
