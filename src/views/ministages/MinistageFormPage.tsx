/**
 * Applying for a mini-stage offer (issue 11, part 5): who asks for the pupil, the pupil's level,
 * the dates inside one of the offer's periods, who signs the agreement, an adult to reach for a
 * pupil under 16. Only the levels, agreements and periods of this offer are offered; shown again
 * with the values sent and a French message by each wrong field when the server refuses it.
 * Works without JavaScript: every field is always shown, and its hint says when it is needed.
 */
import { summaryLabels } from '../../lib/forms/field.ts';
import { MINISTAGE_FIELDS as F, MINISTAGE_REQUESTERS, UNDER_16_ANSWERS } from '../../lib/ministage.ts';
import { parseDay } from '../../lib/offers.ts';
import { formatParisDay } from '../../lib/paris-time.ts';
import { Radios } from '../form/Choices.tsx';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { Select, TextArea, TextField, type Errors, type Options } from '../form/Field.tsx';
import { Honeypot, PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';

export interface MinistageFormProps {
  offer: {
    id: string;
    title: string;
    companyName: string;
    durationDays: number;
    periods: readonly { start: string; end: string }[];
  };
  /** The levels that fit the offer's publics, and the agreements it accepts (code → label). */
  levels: Options;
  agreements: Options;
  /** Where the form posts (under /api/demandes, where the « Mes demandes » session reaches). */
  action: string;
  errors?: Errors;
  posted?: Readonly<Record<string, unknown>>;
  signedIn?: { email: string } | undefined;
}

const day = (value: string) => formatParisDay(parseDay(value)!);

export function MinistageFormPage({ offer, levels, agreements, action, errors = {}, posted = {}, signedIn }: MinistageFormProps) {
  const value = (name: string, fallback = '') =>
    typeof posted[name] === 'string' ? (posted[name] as string) : name === 'email' && signedIn ? signedIn.email : fallback;
  const periods = offer.periods.map((p) => `du ${day(p.start)} au ${day(p.end)}`);
  return (
    <FunctionPage title={`Demander le mini-stage « ${offer.title} »`} section="/stages/">
      <p>
        {`Chez ${offer.companyName}, ${offer.durationDays} jours. `}
        <a href={`/stages/${offer.id}/`}>Revoir l’offre</a>.
      </p>
      <p>{`Périodes d’accueil : ${periods.join(' ; ')}. Choisissez ${offer.durationDays} jours de suite dans l’une d’elles, premier et dernier jour compris.`}</p>
      <p>
        {signedIn
          ? `Vos coordonnées restent protégées : l’entreprise voit votre nom et l’établissement, jamais votre adresse. Vous êtes connecté à « Mes demandes » avec l’adresse ${signedIn.email} : une candidature faite avec cette adresse lui est transmise directement, sans lien de confirmation.`
          : 'Vos coordonnées restent protégées : l’entreprise voit votre nom et l’établissement, jamais votre adresse. Vous confirmerez votre adresse par un lien avant que la candidature lui soit transmise.'}
      </p>
      <ErrorSummary errors={errors} labels={summaryLabels(F)} />
      <PostForm action={action}>
        <h2>Qui fait la demande</h2>
        <Radios {...F.requesterKind} options={MINISTAGE_REQUESTERS} value={value('requesterKind')} errors={errors} />
        <TextField {...F.name} defaultValue={value('name')} errors={errors} />
        <TextField {...F.email} defaultValue={value('email')} errors={errors} />
        <TextField {...F.organisationName} defaultValue={value('organisationName')} errors={errors} />
        <h2>L’élève et le stage</h2>
        <Select {...F.level} options={levels} placeholder="Choisissez le niveau" defaultValue={value('level')} errors={errors} />
        <TextField {...F.startDay} defaultValue={value('startDay')} errors={errors} />
        <TextField
          {...F.endDay}
          hint={`Le stage dure ${offer.durationDays} jours : le dernier jour est le ${offer.durationDays}e, week-end compris.`}
          defaultValue={value('endDay')}
          errors={errors}
        />
        <Radios {...F.agreementIssuer} options={agreements} value={value('agreementIssuer')} errors={errors} />
        <Radios {...F.under16} options={UNDER_16_ANSWERS} value={value('under16')} errors={errors} />
        <TextField {...F.adultName} defaultValue={value('adultName')} errors={errors} />
        <TextField {...F.adultPhone} defaultValue={value('adultPhone')} errors={errors} />
        <TextArea {...F.message} defaultValue={value('message')} errors={errors} />
        <Honeypot />
        <SubmitButton>Envoyer la candidature</SubmitButton>
      </PostForm>
    </FunctionPage>
  );
}
