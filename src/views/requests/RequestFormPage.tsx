/**
 * The request form for one ambassador (brief F5), offering only what they accept; shown again
 * with the values sent and a French message by each wrong field when the server refuses it.
 */
import { summaryLabels } from '../../lib/forms/field.ts';
import { REQUEST_FIELDS } from '../../lib/forms/request.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { Select, type Errors, type Options } from '../form/Field.tsx';
import { THEMES } from '../../lib/vocabularies.ts';
import { Honeypot, PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { InterventionFields, type Offer } from './InterventionFields.tsx';
import { RequesterFields } from './RequesterFields.tsx';

export interface RequestFormProps {
  ambassador: { department: string; slug: string; displayName: string; jobTitle: string };
  /** The yearly commitment the ambassador states (src/lib/commitment.ts), if any. */
  commitment?: string | undefined;
  /** What the ambassador offers, as vocabularies (code → label). */
  offer: Offer;
  /** The départements of the network (code → label). */
  departments: Options;
  errors?: Errors;
  /** The values sent, shown again. */
  posted?: Readonly<Record<string, unknown>>;
  /** The requester signed in to « Mes demandes », whose requests need no confirmation link. */
  signedIn?: { email: string } | undefined;
}

/** A posted value as text, or the fallback. */
export type Posted = (name: string, fallback?: string) => string;

export function RequestFormPage({ ambassador: a, commitment, offer, departments, errors = {}, posted = {}, signedIn }: RequestFormProps) {
  const value: Posted = (name, fallback = '') =>
    typeof posted[name] === 'string' ? (posted[name] as string) : name === 'email' && signedIn ? signedIn.email : fallback;
  return (
    <FunctionPage title={`Solliciter ${a.displayName}`} section="/ambassadeurs/">
      <p>
        {`${a.displayName}, ${a.jobTitle}. `}
        <a href={`/ambassadeurs/${a.department}/${a.slug}/`}>Revoir son profil</a>.
      </p>
      {commitment && (
        <p>
          <strong>Son engagement : </strong>
          {commitment}
        </p>
      )}
      <p>
        {signedIn
          ? `Vos coordonnées restent protégées : l’ambassadeur voit votre nom et votre structure, jamais votre adresse. Vous êtes connecté à « Mes demandes » avec l’adresse ${signedIn.email} : une demande faite avec cette adresse lui est transmise directement, sans lien de confirmation.`
          : 'Vos coordonnées restent protégées : l’ambassadeur voit votre nom et votre structure, jamais votre adresse. Vous confirmerez votre adresse par un lien avant que la demande lui soit transmise.'}
      </p>
      <ErrorSummary errors={errors} labels={summaryLabels(REQUEST_FIELDS)} />
      <PostForm action="/api/demandes" hidden={{ ambassador: `${a.department}/${a.slug}` }}>
        <RequesterFields errors={errors} value={value} defaultDepartment={a.department} departments={departments} />
        <InterventionFields errors={errors} value={value} offer={offer} />
        <Select
          {...REQUEST_FIELDS.theme}
          options={THEMES}
          placeholder="Aucun thème particulier"
          defaultValue={value('theme')}
          errors={errors}
        />
        <Honeypot />
        <SubmitButton>Envoyer ma demande</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}
