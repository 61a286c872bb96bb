/**
 * « Mes demandes »: the requester's applications to mini-stage offers, each with its state, its
 * dates, and while it is open and the stage has not begun, the way to withdraw it.
 */
import { MINISTAGE_STATUSES, stageDates, type MinistageStatus } from '../../lib/ministage.ts';
import { frenchDate } from '../referents/applications.ts';
import { ministageWithdrawPath } from './paths.ts';

export interface RequesterMinistageView {
  id: string;
  offerTitle: string;
  companyName: string | null;
  status: MinistageStatus;
  /** "AAAA-MM-JJ". */
  startDay: string;
  endDay: string;
  createdAt: Date;
  withdrawable: boolean;
}

/** The requester's own words for a state the company's page words for the company. */
const STATE: Partial<Record<MinistageStatus, string>> = {
  awaiting_requester_confirmation: 'En attente de votre confirmation, par le lien reçu par courriel',
};

export const ministageHeading = (a: Pick<RequesterMinistageView, 'offerTitle' | 'companyName'>) =>
  `Mini-stage « ${a.offerTitle} » – ${a.companyName ?? 'Entreprise partie'}`;

export function MinistageList({ ministages }: { ministages: readonly RequesterMinistageView[] }) {
  return (
    <section className="page-section">
      <h2>Mes candidatures à des mini-stages</h2>
      <ul className="plain">
        {ministages.map((a) => (
          <li key={a.id}>
            <h3>{ministageHeading(a)}</h3>
            <dl>
              <dt>État</dt>
              <dd>{STATE[a.status] ?? MINISTAGE_STATUSES[a.status]}</dd>
              <dt>Dates du stage</dt>
              <dd>{stageDates(a)}</dd>
              <dt>Candidature faite le</dt>
              <dd>{frenchDate(a.createdAt)}</dd>
            </dl>
            {a.withdrawable && (
              <p>
                <a href={ministageWithdrawPath(a.id)}>
                  Annuler cette candidature<span className="sr-only">{` : ${a.offerTitle}`}</span>
                </a>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
