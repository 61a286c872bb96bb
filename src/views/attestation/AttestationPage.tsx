/**
 * The printable attestation of engagement (issue F, part 5), answered once when the ambassador
 * asks for it from their space: the Région as issuer, the holder, the period, the interventions
 * done and their totals, the date of issue and the verification code. Printed on A4 by the
 * browser (the stylesheet's print rules hide the navigation, the footer and `.no-print`); an
 * accessible HTML page, no PDF.
 */
import { Fragment } from 'react';
import { formatCode, frenchDay } from '../../lib/attestation.ts';
import { frenchNumber } from '../../lib/forms/field.ts';
import { INTERVENTIONS, LEVELS, MODALITIES, PUBLICS } from '../../lib/vocabularies.ts';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { labelIn } from '../requests/ThreadDetails.tsx';
import { ATTESTATION_PATH } from '../self-service/paths.ts';
import { hoursText, plural, type AttestationTotals, type InterventionDone } from './parts.ts';

export interface AttestationSheet {
  /** The code in canonical form: shown here only, never stored. */
  code: string;
  holderName: string;
  periodLabel: string;
  issuedAt: Date;
  interventions: readonly InterventionDone[];
  totals: AttestationTotals;
  issuer: { regionName: string; siteName: string };
  /** The verification page, as an address to type (absolute). */
  verifyUrl: string;
}

const shortDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });

const publicText = (i: InterventionDone) =>
  i.level && Object.hasOwn(LEVELS, i.level) ? `${labelIn(PUBLICS, i.public)} (${labelIn(LEVELS, i.level)})` : labelIn(PUBLICS, i.public);

export function AttestationPage({ sheet }: { sheet: AttestationSheet }) {
  const { issuer, totals } = sheet;
  const summary: [string, string][] = [
    ['Interventions réalisées', frenchNumber(totals.interventions)],
    ['Heures d’intervention', hoursText(totals.minutes)],
    ['Jeunes et participants touchés (déclarés)', frenchNumber(totals.youngPeople)],
  ];
  return (
    <FunctionPage title="Attestation d’engagement">
      <div className="no-print card">
        <p>
          L’attestation est prête. Pour l’imprimer ou l’enregistrer en PDF, utilisez la commande « Imprimer » de votre navigateur (Ctrl + P,
          ou ⌘ + P sur Mac) : seule l’attestation sera imprimée.
        </p>
        <p>{`Notez son code de vérification, ${formatCode(sheet.code)} : il n’est affiché qu’une fois et ne peut pas être retrouvé.`}</p>
        <p>
          <a href={ATTESTATION_PATH}>Retour à mes attestations</a>
        </p>
      </div>
      <article className="attestation" aria-labelledby="attestation-objet">
        <h2 id="attestation-objet">{`La Région ${issuer.regionName} atteste de l’engagement de ${sheet.holderName}`}</h2>
        <p>
          {`La Région ${issuer.regionName}, qui anime le ${issuer.siteName}, atteste que `}
          <strong>{sheet.holderName}</strong>
          {`, membre bénévole du réseau, a présenté son métier ou sa formation lors des interventions ci-dessous, ${sheet.periodLabel}.`}
        </p>
        <h3>En résumé</h3>
        <dl className="attestation-totals">
          {summary.map(([term, value]) => (
            <Fragment key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </Fragment>
          ))}
        </dl>
        <h3>Interventions réalisées</h3>
        <div className="table-scroll" role="region" aria-labelledby="attestation-tableau" tabIndex={0}>
          <table>
            <caption id="attestation-tableau">{`Interventions réalisées, ${sheet.periodLabel}`}</caption>
            <thead>
              <tr>
                <th scope="col">Date</th>
                <th scope="col">Intervention</th>
                <th scope="col">Modalité</th>
                <th scope="col">Public</th>
                <th scope="col">Jeunes touchés</th>
                <th scope="col">Durée</th>
              </tr>
            </thead>
            <tbody>
              {sheet.interventions.map((i, n) => (
                <tr key={n}>
                  <td>{shortDate.format(i.at)}</td>
                  <td>{labelIn(INTERVENTIONS, i.intervention)}</td>
                  <td>{labelIn(MODALITIES, i.modality)}</td>
                  <td>{publicText(i)}</td>
                  <td>{frenchNumber(i.youngPeople)}</td>
                  <td>{hoursText(i.durationMinutes)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={4}>
                  {`Total : ${plural(totals.interventions, 'intervention', 'interventions')}`}
                </th>
                <td>{frenchNumber(totals.youngPeople)}</td>
                <td>{hoursText(totals.minutes)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
        <p className="hint">
          Jeunes touchés : le nombre déclaré par le demandeur après l’intervention, sinon par l’ambassadeur, sinon la taille du groupe
          annoncée dans la demande.
        </p>
        <h3>Délivrance et vérification</h3>
        <p>{`Délivrée le ${frenchDay(sheet.issuedAt)} par la Région ${issuer.regionName}, au titre du ${issuer.siteName}.`}</p>
        <p>
          {'Code de vérification : '}
          <strong className="attestation-code">{formatCode(sheet.code)}</strong>
        </p>
        <p>
          {'Toute personne peut vérifier cette attestation, et savoir si elle est toujours valable, en saisissant ce code sur '}
          <a href={sheet.verifyUrl}>{sheet.verifyUrl}</a>.
        </p>
      </article>
    </FunctionPage>
  );
}
