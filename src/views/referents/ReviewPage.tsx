/**
 * One confirmed application: what the person proposed, then the two decisions. Approving
 * records the dates of the checks and may correct the public text (the same fields as the
 * signup form, src/views/profile); rejecting mails the reason to the person.
 */
import { postedValues } from '../../lib/forms/values.ts';
import type { FieldSpec } from '../../lib/forms/field.ts';
import { AMBASSADOR_TYPES, INTERVENTIONS, PUBLICS, SECTORS, SIZE_BANDS } from '../../lib/vocabularies.ts';
import { formatSiret } from '../../lib/fields.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { TextArea, TextField, type Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { DisplayNameField, JobFields } from '../profile/ProfileFields.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { frenchDate, labelOf, type ApplicationView } from './applications.ts';
import { SignOutForm } from '../shared/SignOutForm.tsx';
import { APPLICATIONS_PATH, REFERENT_SIGN_OUT_PATH, ReferentPage, type ReferentIdentity } from './ReferentPage.tsx';

export const REVIEW_PATH = '/api/referents/candidature';

const FIELDS = {
  charterCheckedOn: { name: 'charterCheckedOn', label: 'Charte vérifiée le', type: 'date', required: true },
  criminalRecordCheckedOn: {
    name: 'criminalRecordCheckedOn',
    label: 'Extrait de casier judiciaire vérifié le',
    shortLabel: 'Extrait de casier vérifié le',
    hint: 'Obligatoire : la personne interviendra auprès de mineurs. Notez seulement la date ; ne conservez pas le document.',
    type: 'date',
    required: true,
  },
  latitude: { name: 'latitude', label: 'Latitude', inputMode: 'decimal' },
  longitude: { name: 'longitude', label: 'Longitude', inputMode: 'decimal' },
  reason: { name: 'reason', label: 'Motif du refus (envoyé à la personne)', shortLabel: 'Motif du refus', required: true, maxLength: 1000 },
} as const satisfies Record<string, FieldSpec>;

/** The error summary's links: every field of the two forms. */
export const REVIEW_LABELS: Readonly<Record<string, string>> = {
  charterCheckedOn: 'Charte vérifiée le',
  criminalRecordCheckedOn: 'Extrait de casier vérifié le',
  displayName: 'Nom affiché',
  jobTitle: 'Métier ou formation',
  organisation: 'Employeur ou établissement',
  presentation: 'Présentation',
  careerPath: 'Parcours',
  latitude: 'Latitude',
  longitude: 'Longitude',
  reason: 'Motif du refus',
};

export function ReviewPage({
  referent,
  application: a,
  errors = {},
  posted = {},
}: {
  referent: ReferentIdentity;
  application: ApplicationView;
  errors?: Errors;
  posted?: Readonly<Record<string, unknown>>;
}) {
  const p = a.profile;
  const values = postedValues(posted, { ...p });
  const hasPosition = p.position !== undefined && p.position !== '';
  const labels = (codes: readonly string[], vocabulary: Readonly<Record<string, string>>) =>
    codes.map((c) => labelOf(vocabulary, c)).join(', ');
  // Only the fields on the page can be linked to.
  const summaryLabels = a.meetsMinors
    ? REVIEW_LABELS
    : Object.fromEntries(Object.entries(REVIEW_LABELS).filter(([name]) => name !== 'criminalRecordCheckedOn'));
  return (
    <ReferentPage title={`Inscription de ${a.firstName} ${a.lastName}`} referent={referent}>
      <ErrorSummary errors={errors} labels={summaryLabels} />
      <dl>
        <dt>Contact (jamais publié)</dt>
        <dd>{a.phone ? `${a.email} · ${a.phone}` : a.email}</dd>
        <dt>Profil</dt>
        <dd>{`${labelOf(AMBASSADOR_TYPES, p.type)}, ${labelOf(SECTORS, p.sector)}`}</dd>
        {p.siret && (
          <>
            <dt>SIRET (clé vérifiée ; à rapprocher de l’avis de situation Sirene)</dt>
            <dd>{formatSiret(p.siret)}</dd>
            <dt>Effectif</dt>
            <dd>{p.sizeBand ? labelOf(SIZE_BANDS, p.sizeBand) : ''}</dd>
          </>
        )}
        {p.company && (
          <>
            <dt>Entreprise ambassadrice nommée</dt>
            <dd>{`${p.company} (elle confirmera elle-même, par un lien envoyé à la publication)`}</dd>
          </>
        )}
        <dt>Commune</dt>
        <dd>{`${a.communeName} (${a.department})`}</dd>
        {a.zoneText && (
          <>
            <dt>Zone d’intervention</dt>
            <dd>{a.zoneText}</dd>
          </>
        )}
        <dt>Interventions</dt>
        <dd>{labels(p.interventions, INTERVENTIONS)}</dd>
        <dt>Publics</dt>
        <dd>{labels(p.publics, PUBLICS)}</dd>
        <dt>Mineurs</dt>
        <dd>{a.meetsMinors ? 'Oui : vérifiez l’extrait de casier judiciaire' : 'Non'}</dd>
        <dt>Adresse confirmée le</dt>
        <dd>{frenchDate(a.confirmedAt)}</dd>
      </dl>
      <section className="page-section" aria-labelledby="titre-valider">
        <h2 id="titre-valider">Valider</h2>
        <PostForm action={REVIEW_PATH} hidden={{ id: a.id, decision: 'valider' }}>
          <TextField {...FIELDS.charterCheckedOn} defaultValue={values.text('charterCheckedOn')} errors={errors} />
          {a.meetsMinors && (
            <TextField {...FIELDS.criminalRecordCheckedOn} defaultValue={values.text('criminalRecordCheckedOn')} errors={errors} />
          )}
          <DisplayNameField values={values} errors={errors} />
          <JobFields values={values} errors={errors} sector={false} company={false} />
          <fieldset aria-describedby="aide-position">
            <legend>Position publiée (centre de la commune)</legend>
            <p className="hint" id="aide-position">
              {hasPosition
                ? 'Donnée par la recherche de commune. Ne remplissez ces champs que pour la corriger.'
                : 'La recherche de commune n’a pas pu la donner : indiquez la latitude et la longitude du centre de la commune.'}
            </p>
            {/* Only a correction is posted: the recorded position is not sent back. */}
            <TextField {...FIELDS.latitude} defaultValue={typeof posted.latitude === 'string' ? posted.latitude : ''} errors={errors} />
            <TextField {...FIELDS.longitude} defaultValue={typeof posted.longitude === 'string' ? posted.longitude : ''} errors={errors} />
          </fieldset>
          <SubmitButton>Valider et publier le profil</SubmitButton>
        </PostForm>
      </section>
      <section className="page-section" aria-labelledby="titre-refuser">
        <h2 id="titre-refuser">Refuser</h2>
        <PostForm action={REVIEW_PATH} hidden={{ id: a.id, decision: 'refuser' }}>
          <TextArea {...FIELDS.reason} defaultValue={typeof posted.reason === 'string' ? posted.reason : ''} errors={errors} />
          <SubmitButton danger>Refuser l’inscription</SubmitButton>
        </PostForm>
      </section>
      <p>
        <a href={APPLICATIONS_PATH}>Retour aux inscriptions à valider</a>
      </p>
    </ReferentPage>
  );
}

/** After a decision: what happens next. */
export function DecisionPage({ approved }: { approved: boolean }) {
  return (
    <FunctionPage title={approved ? 'Inscription validée' : 'Inscription refusée'} section="/referents/">
      <p className="status-message" role="status">
        {approved
          ? 'Le profil est publié : il apparaîtra dans l’annuaire après la prochaine construction du site. L’ambassadeur reçoit un courriel de bienvenue avec son lien « Gérer mon profil ».'
          : 'La personne reçoit un courriel avec votre motif. Les données de son inscription seront effacées dans 30 jours.'}
      </p>
      <p>
        <a href={APPLICATIONS_PATH}>Retour aux inscriptions à valider</a>
      </p>
      <SignOutForm action={REFERENT_SIGN_OUT_PATH} />
    </FunctionPage>
  );
}

/** Unknown, already decided, or outside the referent's départements: the same answer. */
export function ApplicationNotFoundPage() {
  return (
    <FunctionPage title="Inscription introuvable" section="/referents/">
      <p>
        Cette inscription a déjà été traitée, ou elle ne relève pas de vos départements.{' '}
        <a href={APPLICATIONS_PATH}>Retour aux inscriptions à valider</a>.
      </p>
    </FunctionPage>
  );
}
