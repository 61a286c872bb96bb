/**
 * « Je ne sais pas qui solliciter » (issue F, part 4): the requester describes a need once,
 * without choosing an ambassador; it is proposed to a few available ambassadors who match. The
 * same fields as a request's (src/views/requests), every intervention, public and modality
 * offered, plus a sector or a job; shown again with a French message by each wrong field.
 */
import { summaryLabels } from '../../lib/forms/field.ts';
import { NEED_FIELDS as N, NEED_FORM_FIELDS } from '../../lib/forms/need.ts';
import { NEED_INVITATIONS } from '../../lib/need.ts';
import { INTERVENTIONS, MODALITIES, PUBLICS, SECTORS } from '../../lib/vocabularies.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { Select, TextField, type Errors, type Options } from '../form/Field.tsx';
import { Honeypot, PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { InterventionFields } from '../requests/InterventionFields.tsx';
import type { Posted } from '../requests/RequestFormPage.tsx';
import { RequesterFields } from '../requests/RequesterFields.tsx';
import { NEED_FORM_PATH } from './paths.ts';

export interface NeedFormProps {
  /** The départements of the network (code → label). */
  departments: Options;
  errors?: Errors;
  /** The values sent, shown again. */
  posted?: Readonly<Record<string, unknown>>;
  /** The requester signed in to « Mes demandes », whose needs need no confirmation link. */
  signedIn?: { email: string } | undefined;
}

export function NeedFormPage({ departments, errors = {}, posted = {}, signedIn }: NeedFormProps) {
  const value: Posted = (name, fallback = '') =>
    typeof posted[name] === 'string' ? (posted[name] as string) : name === 'email' && signedIn ? signedIn.email : fallback;
  return (
    <FunctionPage title="Je ne sais pas qui solliciter" section="/ambassadeurs/">
      <p>
        {`Décrivez votre besoin une seule fois : il est proposé à ${NEED_INVITATIONS} ambassadeurs au plus, disponibles ce mois-ci, qui proposent ce type d’intervention à ce public dans votre département (ceux qui ont reçu le moins de demandes d’abord). Le premier qui accepte l’un de vos créneaux assure l’intervention : vous recevez alors son nom, l’invitation de calendrier et le lien pour lui écrire.`}
      </p>
      <p>
        {signedIn
          ? `Vos coordonnées restent protégées : les ambassadeurs voient votre nom et votre structure, jamais votre adresse. Vous êtes connecté à « Mes demandes » avec l’adresse ${signedIn.email} : un besoin décrit avec cette adresse part aussitôt, sans lien de confirmation.`
          : 'Vos coordonnées restent protégées : les ambassadeurs voient votre nom et votre structure, jamais votre adresse. Vous confirmerez votre adresse par un lien avant que le besoin leur soit proposé.'}
      </p>
      <ErrorSummary errors={errors} labels={summaryLabels(NEED_FORM_FIELDS)} />
      <PostForm action={NEED_FORM_PATH}>
        <h2>Votre besoin</h2>
        <Select {...N.sector} options={SECTORS} placeholder="Choisissez un secteur" defaultValue={value('sector')} errors={errors} />
        <TextField {...N.job} defaultValue={value('job')} errors={errors} />
        <Select
          {...N.department}
          options={departments}
          placeholder="Choisissez un département"
          defaultValue={value('department')}
          errors={errors}
        />
        <InterventionFields
          errors={errors}
          value={value}
          offer={{ interventions: INTERVENTIONS, publics: PUBLICS, modalities: MODALITIES }}
        />
        <h2>Qui demande</h2>
        <RequesterFields errors={errors} value={value} departments={departments} defaultDepartment="" withDepartment={false} />
        <Honeypot />
        <SubmitButton>Envoyer mon besoin</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}
