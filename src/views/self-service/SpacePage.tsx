/**
 * « Gérer mon profil »: the ambassador's space, reached by an emailed link. The agenda and the
 * attestations are one link away; here: edit the public profile (the same fields as the signup form), change the
 * private contact details, pause or resume, download every datum, delete.
 */
import { CONTACT_FIELDS } from '../../lib/forms/contact.ts';
import { PROFILE_FIELDS } from '../../lib/forms/profile.ts';
import { summaryLabels } from '../../lib/forms/field.ts';
import { postedValues } from '../../lib/forms/values.ts';
import { Checkboxes } from '../form/Choices.tsx';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { TextField, type Errors, type Options } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { ProfileFields } from '../profile/ProfileFields.tsx';
import { SignOutForm } from '../shared/SignOutForm.tsx';
import { AGENDA_PATH, ATTESTATION_PATH, EXPORT_PATH, SIGN_OUT_PATH, SPACE_PATH } from './paths.ts';

export interface AccountView {
  firstName: string;
  email: string;
  phone: string | null;
  paused: boolean;
  department: string;
  slug: string;
  monthlyCapacity: number;
  /** Refuses the network's animation mail since then; null: receives it. */
  animationRefusedAt?: Date | null;
}

const CONFIRMATION = {
  name: 'confirmation',
  label: 'Confirmation',
  required: true,
} as const;

/** The fields outside the profile form, which the summary links to whether or not the profile is shown. */
const OTHER_LABELS = { ...summaryLabels(CONTACT_FIELDS), confirmation: CONFIRMATION.label };
const LABELS = { ...summaryLabels(PROFILE_FIELDS), ...OTHER_LABELS };

export function SpacePage({
  account,
  profile,
  departments,
  areas = [],
  companies = [],
  errors = {},
  posted = {},
  done,
}: {
  account: AccountView;
  /** The public profile file as recorded; undefined when the regional team removed it. */
  profile: Readonly<Record<string, unknown>> | undefined;
  /** The Région's départements, code → « Nord (59) ». */
  departments: Options;
  /** The employment areas of the CMS (issue 11). */
  areas?: Options;
  /** The company profiles a person may name as their company (issue 11). */
  companies?: Options;
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
      <ErrorSummary errors={errors} labels={profile ? LABELS : OTHER_LABELS} />
      <p>
        {`Bonjour ${account.firstName}. Votre profil est `}
        <strong>{account.paused ? 'en pause' : 'disponible pour des demandes'}</strong> : <a href={publicUrl}>voir mon profil public</a>.
      </p>
      <p>
        <a href={AGENDA_PATH}>Mon agenda</a> : les demandes à traiter, vos rendez-vous à venir et passés.
      </p>
      <p>
        <a href={ATTESTATION_PATH}>Mes attestations d’engagement</a> : une attestation imprimable de vos interventions, délivrée par la
        Région.
      </p>
      <SignOutForm action={SIGN_OUT_PATH} />
      <section className="page-section" aria-labelledby="titre-modifier">
        <h2 id="titre-modifier">Modifier mon profil</h2>
        {profile ? (
          <PostForm action={SPACE_PATH} hidden={{ action: 'modifier' }}>
            <ProfileFields
              values={postedValues(posted, {
                ...profile,
                monthlyCapacity: account.monthlyCapacity,
                schoolPeriodsOnly: profile.schoolPeriodsOnly ? 'oui' : undefined,
              })}
              errors={errors}
              departments={departments}
              areas={areas}
              kind={profile.type === 'company' ? 'company' : 'person'}
              companies={companies}
            />
            <SubmitButton>Enregistrer mon profil</SubmitButton>
          </PostForm>
        ) : (
          <p>Votre profil public est introuvable : l’équipe régionale l’a peut-être retiré. Écrivez au contact du réseau.</p>
        )}
      </section>
      <ContactSection account={account} errors={errors} posted={posted} />
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
      <AnimationSection refusedAt={account.animationRefusedAt ?? null} />
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

/** The network's animation mail: the choice, and the button that changes it (the mails' unsubscribe links do the same). */
function AnimationSection({ refusedAt }: { refusedAt: Date | null }) {
  return (
    <section className="page-section" aria-labelledby="titre-animation">
      <h2 id="titre-animation">Messages du réseau</h2>
      <p>
        Les référents et la Région envoient quelques messages d’animation : actualités, invitations à des événements, remerciements de fin
        d’année, conseils pour votre profil. Les demandes d’intervention vous parviennent dans tous les cas.
      </p>
      <p>
        {refusedAt ? (
          <>
            {'Vous '}
            <strong>ne recevez pas</strong>
            {` les messages d’animation (choix fait le ${refusedAt.toLocaleDateString('fr-FR', { timeZone: 'Europe/Paris' })}).`}
          </>
        ) : (
          <>
            {'Vous '}
            <strong>recevez</strong>
            {' les messages d’animation ; chacun porte un lien pour ne plus les recevoir.'}
          </>
        )}
      </p>
      <PostForm action={SPACE_PATH} hidden={{ action: refusedAt ? 'avec-animation' : 'sans-animation' }}>
        <SubmitButton>{refusedAt ? 'Recevoir les messages d’animation' : 'Ne plus recevoir les messages d’animation'}</SubmitButton>
      </PostForm>
    </section>
  );
}

/** The address and phone the network uses to reach the ambassador: never published, never shown to requesters. */
function ContactSection({ account, errors, posted }: { account: AccountView; errors: Errors; posted: Readonly<Record<string, unknown>> }) {
  const values = postedValues(posted, { phone: account.phone ?? '' });
  return (
    <section className="page-section" aria-labelledby="titre-coordonnees">
      <h2 id="titre-coordonnees">Mes coordonnées</h2>
      <p>
        Le réseau s’en sert pour vous écrire et le référent pour vous joindre : elles ne sont jamais publiées ni montrées aux demandeurs.
      </p>
      <p>
        {'Adresse e-mail de votre compte : '}
        <strong>{account.email}</strong>
      </p>
      <PostForm action={SPACE_PATH} hidden={{ action: 'adresse' }}>
        <TextField {...CONTACT_FIELDS.email} defaultValue={values.text('email')} errors={errors} />
        <SubmitButton>Changer d’adresse</SubmitButton>
      </PostForm>
      <PostForm action={SPACE_PATH} hidden={{ action: 'telephone' }}>
        <TextField {...CONTACT_FIELDS.phone} defaultValue={values.text('phone')} errors={errors} />
        <SubmitButton>Enregistrer mon téléphone</SubmitButton>
      </PostForm>
    </section>
  );
}
