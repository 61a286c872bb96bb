/**
 * The public page /attestation/verifier/ (issue F, part 5): whoever holds an attestation types
 * its code and reads what it states (holder, period, totals, date of issue) and whether it is
 * still valid. A wrong, malformed or unknown code gets one and the same message; a revoked one
 * says only that it is revoked (the holder's name is erased with their account).
 */
import { Fragment } from 'react';
import { VERIFICATION_PATH, frenchDay } from '../../lib/attestation.ts';
import { frenchNumber, summaryLabels } from '../../lib/forms/field.ts';
import { VERIFICATION_FIELDS as F } from '../../lib/forms/attestation.ts';
import { postedValues } from '../../lib/forms/values.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { TextField, type Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { hoursText } from './parts.ts';

/** What the attestation states, as stored when it was issued. */
export interface VerifiedAttestation {
  holderName: string;
  periodLabel: string;
  interventions: number;
  minutes: number;
  youngPeople: number;
  issuedAt: Date;
}

export type Verification = { revoked: true } | ({ revoked: false } & VerifiedAttestation);

/** The one answer to any code that is not an attestation's (wrong, malformed, unknown). */
export const NO_SUCH_CODE = `${F.code.label} : aucune attestation ne correspond à ce code. Vérifiez les 8 caractères (lettres et chiffres, sans I, L, O, 0 ni 1).`;

export const REVOKED = 'Cette attestation a été révoquée.';

const LABELS = summaryLabels(F);

function Result({ verification }: { verification: Verification }) {
  if (verification.revoked) {
    return (
      <section className="page-section" aria-labelledby="titre-resultat">
        <h2 id="titre-resultat">Attestation révoquée</h2>
        <p className="status-message" role="status">
          {REVOKED}
        </p>
      </section>
    );
  }
  const facts: [string, string][] = [
    ['Délivrée à', verification.holderName],
    ['Période', verification.periodLabel],
    ['Interventions réalisées', frenchNumber(verification.interventions)],
    ['Heures d’intervention', hoursText(verification.minutes)],
    ['Jeunes et participants touchés (déclarés)', frenchNumber(verification.youngPeople)],
    ['Délivrée le', frenchDay(verification.issuedAt)],
  ];
  return (
    <section className="page-section" aria-labelledby="titre-resultat">
      <h2 id="titre-resultat">Attestation valide</h2>
      <p className="status-message" role="status">
        Cette attestation a bien été délivrée par la Région et elle est toujours valable. Elle indique :
      </p>
      <dl>
        {facts.map(([term, value]) => (
          <Fragment key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </Fragment>
        ))}
      </dl>
    </section>
  );
}

export function VerificationPage({
  verification,
  errors = {},
  posted = {},
}: {
  verification?: Verification | undefined;
  errors?: Errors;
  posted?: Readonly<Record<string, unknown>>;
}) {
  const values = postedValues(posted);
  const blank = !verification && Object.keys(errors).length === 0;
  return (
    <FunctionPage
      title="Vérifier une attestation d’engagement"
      indexed={blank}
      description="Vérifiez une attestation d’engagement d’un ambassadeur métiers avec son code : ce qu’elle indique et si elle est toujours valable."
    >
      <ErrorSummary errors={errors} labels={LABELS} />
      {verification && <Result verification={verification} />}
      <p>
        Les attestations d’engagement sont délivrées par la Région aux ambassadeurs du réseau pour les interventions qu’ils ont réalisées.
        Saisissez le code imprimé au bas de l’attestation : cette page indique à qui et pour quelle période elle a été délivrée, ses totaux,
        et si elle est toujours valable.
      </p>
      <PostForm action={VERIFICATION_PATH}>
        <TextField {...F.code} defaultValue={values.text(F.code.name)} errors={errors} />
        <SubmitButton>Vérifier</SubmitButton>
      </PostForm>
      <p className="hint">Le nombre de vérifications est limité pour chaque connexion.</p>
    </FunctionPage>
  );
}
