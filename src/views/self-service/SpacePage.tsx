/**
 * « Gérer mon profil »: the ambassador's space, reached by an emailed link. Edit the public
 * profile (the same fields as the signup form), pause or resume, download every datum, delete.
 */
import { PROFILE_FIELDS } from '../../lib/forms/profile.ts';
import { summaryLabels } from '../../lib/forms/field.ts';
import { postedValues } from '../../lib/forms/values.ts';
import { Checkboxes } from '../form/Choices.tsx';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import type { Errors, Options } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { ProfileFields } from '../profile/ProfileFields.tsx';
import { SignOutForm } from '../shared/SignOutForm.tsx';

export const SPACE_PATH = '/api/profil';
export const EXPORT_PATH = '/api/profil/donnees';
export const SIGN_OUT_PATH = '/api/profil/deconnexion';

export interface AccountView {
  firstName: string;
  paused: boolean;
  department: string;
  slug: string;
  monthlyCapacity: number;
}

const CONFIRMATION = {
  name: 'confirmation',
  label: 'Confirmation',
  required: true,
} as const;

const LABELS = { ...summaryLabels(PROFILE_FIELDS), confirmation: CONFIRMATION.label };

export function SpacePage({
  account,
  profile,
  departments,
  errors = {},
  posted = {},
  done,
}: {
  account: AccountView;
  /** The public profile file as recorded; undefined when the regional team removed it. */
  profile: Readonly<Record<string, unknown>> | undefined;
  /** The Région's départements, code → « Nord (59) ». */
  departments: Options;
  errors?: Errors;
  posted?: Readonly<Record<string, unknown>>;
  /** What was just done, said at the top. */
  done?: string | undefined;
}) {
  const publicUrl = `/ambassadeurs/${account.department}/${account.slug}/`;
  return (
    <FunctionPage title="Gérer mon profil">
      {done && (
        <p className="status-message" role="status">
          {done}
        </p>
      )}
      <ErrorSummary errors={errors} labels={profile ? LABELS : { confirmation: CONFIRMATION.label }} />
      <p>
        {`Bonjour ${account.firstName}. Votre profil est `}
        <strong>{account.paused ? 'en pause' : 'disponible pour des demandes'}</strong> : <a href={publicUrl}>voir mon profil public</a>.
      </p>
      <SignOutForm action={SIGN_OUT_PATH} />
      <section className="page-section" aria-labelledby="titre-modifier">
        <h2 id="titre-modifier">Modifier mon profil</h2>
        {profile ? (
          <PostForm action={SPACE_PATH} hidden={{ action: 'modifier' }}>
            <ProfileFields
              values={postedValues(posted, { ...profile, monthlyCapacity: account.monthlyCapacity })}
              errors={errors}
              departments={departments}
            />
            <SubmitButton>Enregistrer mon profil</SubmitButton>
          </PostForm>
        ) : (
          <p>Votre profil public est introuvable : l’équipe régionale l’a peut-être retiré. Écrivez au contact du réseau.</p>
        )}
      </section>
      <section className="page-section" aria-labelledby="titre-pause">
        <h2 id="titre-pause">{account.paused ? 'Reprendre' : 'Faire une pause'}</h2>
        <p>
          {account.paused
            ? 'Votre profil reste visible, mais personne ne peut vous solliciter.'
            : 'En pause, votre profil reste visible mais personne ne peut vous solliciter.'}
        </p>
        <PostForm action={SPACE_PATH} hidden={{ action: account.paused ? 'reprendre' : 'pause' }}>
          <SubmitButton>{account.paused ? 'Reprendre les demandes' : 'Mettre mon profil en pause'}</SubmitButton>
        </PostForm>
      </section>
      <section className="page-section" aria-labelledby="titre-donnees">
        <h2 id="titre-donnees">Mes données</h2>
        <p>
          <a href={EXPORT_PATH} download>
            Télécharger toutes mes données (fichier JSON)
          </a>{' '}
          : identité, inscription, consentements, profil, demandes reçues.
        </p>
      </section>
      <section className="page-section" aria-labelledby="titre-supprimer">
        <h2 id="titre-supprimer">Supprimer mon compte</h2>
        <PostForm action={SPACE_PATH} hidden={{ action: 'supprimer' }}>
          <Checkboxes
            {...CONFIRMATION}
            options={{ oui: 'Je comprends que mon profil et toutes mes données seront effacés définitivement.' }}
            errors={errors}
          />
          <SubmitButton danger>Supprimer mon compte</SubmitButton>
        </PostForm>
      </section>
    </FunctionPage>
  );
}
