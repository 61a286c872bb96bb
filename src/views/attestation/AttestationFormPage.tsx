/**
 * « Mes attestations », in the ambassador's space: choose a period (a school year, or two dates)
 * and get a printable attestation of the interventions done in it; the attestations already
 * issued are listed (their codes are not kept, so they are not shown again).
 */
import { summaryLabels } from '../../lib/forms/field.ts';
import { ATTESTATION_FIELDS as F } from '../../lib/forms/attestation.ts';
import { postedValues } from '../../lib/forms/values.ts';
import { OTHER_DATES, VERIFICATION_PATH, frenchDay } from '../../lib/attestation.ts';
import { ErrorSummary } from '../form/ErrorSummary.tsx';
import { Select, TextField, type Errors } from '../form/Field.tsx';
import { PostForm, SubmitButton } from '../form/PostForm.tsx';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { SignOutForm } from '../shared/SignOutForm.tsx';
import { ATTESTATION_PATH, SIGN_OUT_PATH, SPACE_PATH } from '../self-service/paths.ts';
import { hoursText, plural } from './parts.ts';

export interface IssuedAttestation {
  issuedAt: Date;
  periodLabel: string;
  interventions: number;
  minutes: number;
}

export interface AttestationFormProps {
  /** School years from the one of the first intervention done to today's, newest first; empty before any. */
  schoolYears: readonly { key: string; label: string }[];
  issued: readonly IssuedAttestation[];
  errors?: Errors;
  posted?: Readonly<Record<string, unknown>>;
}

const LABELS = summaryLabels(F);

export function AttestationFormPage({ schoolYears, issued, errors = {}, posted = {} }: AttestationFormProps) {
  const values = postedValues(posted, { periode: schoolYears[0]?.key ?? '' });
  const options = [
    ...schoolYears.map((y) => ({ value: y.key, label: `Année scolaire ${y.key}` })),
    { value: OTHER_DATES, label: 'D’autres dates' },
  ];
  return (
    <FunctionPage title="Mes attestations d’engagement">
      <p>
        <a href={SPACE_PATH}>Gérer mon profil</a>
      </p>
      <SignOutForm action={SIGN_OUT_PATH} />
      <ErrorSummary errors={errors} labels={LABELS} />
      <p>
        Une attestation d’engagement, délivrée par la Région, reprend les interventions que vous avez réalisées sur une période : date, type
        d’intervention, modalité, public, nombre de jeunes et durée, avec le total des heures. Elle se lit et s’imprime depuis votre
        navigateur.
      </p>
      <p>
        {'Elle porte un code que toute personne peut vérifier sur '}
        <a href={VERIFICATION_PATH}>la page de vérification</a>
        {'. Elle reste valable tant que votre compte existe : supprimer votre compte la révoque.'}
      </p>
      <section className="page-section" aria-labelledby="titre-nouvelle">
        <h2 id="titre-nouvelle">Obtenir une attestation</h2>
        {schoolYears.length === 0 ? (
          <p>Aucune intervention réalisée pour l’instant : vous pourrez obtenir une attestation après votre première intervention.</p>
        ) : (
          <PostForm action={ATTESTATION_PATH}>
            <Select {...F.period} options={options} defaultValue={values.text(F.period.name)} errors={errors} />
            <TextField {...F.from} defaultValue={values.text(F.from.name)} errors={errors} />
            <TextField {...F.to} defaultValue={values.text(F.to.name)} errors={errors} />
            <SubmitButton>Obtenir mon attestation</SubmitButton>
          </PostForm>
        )}
      </section>
      <section className="page-section" aria-labelledby="titre-delivrees">
        <h2 id="titre-delivrees">{`Attestations délivrées (${issued.length})`}</h2>
        {issued.length === 0 ? (
          <p>Aucune attestation délivrée pour l’instant.</p>
        ) : (
          <ul>
            {issued.map((a) => (
              <li key={a.issuedAt.toISOString()}>
                {`Délivrée le ${frenchDay(a.issuedAt)} : ${a.periodLabel}, ${plural(a.interventions, 'intervention', 'interventions')}, ${hoursText(a.minutes)}.`}
              </li>
            ))}
          </ul>
        )}
        {issued.length > 0 && (
          <p className="hint">Les codes ne sont pas conservés en clair : pour une attestation perdue, demandez-en une nouvelle.</p>
        )}
      </section>
    </FunctionPage>
  );
}
