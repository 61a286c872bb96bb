/** The referent's own choices: for now, whether the weekly digest comes by mail. */
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import type { Errors } from '../form/Field.tsx';
import { Radios } from '../form/Choices.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { ReferentPage, type ReferentIdentity } from './ReferentPage.tsx';

export const PREFERENCES_PATH = '/api/referents/preferences';

export const DIGEST_FIELD = {
  name: 'weeklyDigest',
  label: 'Recevoir chaque lundi le récapitulatif de la semaine par courriel',
  shortLabel: 'Récapitulatif de la semaine',
  hint: 'Inscriptions à valider, demandes signalées ou sans réponse, et les chiffres de la semaine de vos départements. Il n’est pas envoyé les semaines où rien ne s’est passé.',
  required: true,
} as const;

export const DIGEST_CHOICES = { oui: 'Oui', non: 'Non' } as const;

export function PreferencesPage({
  referent,
  weeklyDigest,
  saved = false,
  errors = {},
}: {
  referent: ReferentIdentity;
  weeklyDigest: boolean;
  saved?: boolean;
  errors?: Errors;
}) {
  return (
    <ReferentPage title="Mes préférences" referent={referent}>
      {saved && (
        <p className="status-message" role="status">
          Votre choix est enregistré.
        </p>
      )}
      <ErrorSummary errors={errors} labels={{ [DIGEST_FIELD.name]: DIGEST_FIELD.shortLabel }} />
      <PostForm action={PREFERENCES_PATH}>
        <Radios {...DIGEST_FIELD} options={DIGEST_CHOICES} value={weeklyDigest ? 'oui' : 'non'} errors={errors} />
        <SubmitButton>Enregistrer</SubmitButton>
      </PostForm>
    </ReferentPage>
  );
}
