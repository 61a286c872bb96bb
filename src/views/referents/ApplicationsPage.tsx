/** The confirmed applications of the referent's départements, oldest first. */
import { AMBASSADOR_TYPES } from '../../lib/vocabularies.ts';
import { frenchDate, labelOf, reviewPath, type ApplicationView } from './applications.ts';
import { ReferentPage, TERRITORY_PATH, type ReferentIdentity } from './ReferentPage.tsx';

export function ApplicationsPage({ referent, applications }: { referent: ReferentIdentity; applications: readonly ApplicationView[] }) {
  const n = applications.length;
  return (
    <ReferentPage title="Inscriptions à valider" referent={referent}>
      {n === 0 ? (
        <p>
          Aucune inscription confirmée n’attend votre validation.{' '}
          <a href={TERRITORY_PATH}>Voir les demandes d’intervention de mon territoire</a>.
        </p>
      ) : (
        <table>
          <caption>{`${n} inscription${n > 1 ? 's' : ''} confirmée${n > 1 ? 's' : ''}, la plus ancienne d’abord`}</caption>
          <thead>
            <tr>
              <th scope="col">Personne</th>
              <th scope="col">Métier ou formation</th>
              <th scope="col">Commune</th>
              <th scope="col">Mineurs</th>
              <th scope="col">Confirmée le</th>
            </tr>
          </thead>
          <tbody>
            {applications.map((a) => (
              <tr key={a.id}>
                <td>
                  <a href={reviewPath(a.id)}>{`${a.firstName} ${a.lastName}`}</a>
                  <br />
                  <small>{a.phone ? `${a.email} · ${a.phone}` : a.email}</small>
                </td>
                <td>
                  {a.profile.jobTitle}
                  <br />
                  <small>{labelOf(AMBASSADOR_TYPES, a.profile.type)}</small>
                </td>
                <td>{`${a.communeName} (${a.department})`}</td>
                <td>{a.meetsMinors ? 'Oui : extrait de casier à vérifier' : 'Non'}</td>
                <td>{frenchDate(a.confirmedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </ReferentPage>
  );
}
