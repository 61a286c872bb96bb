/**
 * The frame of every page of the referents' space: the site frame at full width (tables),
 * who is signed in, and the links between the space's pages.
 */
import type { ReactNode } from 'react';
import { FunctionPage } from '../layout/FunctionPage.tsx';
import { SignOutForm } from '../shared/SignOutForm.tsx';
import { EVENT_CALLS_PATH } from '../event-call/paths.ts';

/** The signed-in referent, as the pages show them. */
export interface ReferentIdentity {
  name: string;
  role: string;
  departments: readonly string[];
}

export const DASHBOARD_PATH = '/api/referents/tableau-de-bord';
export const APPLICATIONS_PATH = '/api/referents/candidatures';
export const TERRITORY_PATH = '/api/referents/demandes';
export const REQUESTS_EXPORT_PATH = '/api/referents/export/demandes.csv';
export const AMBASSADORS_EXPORT_PATH = '/api/referents/export/ambassadeurs.csv';
export const EVALUATION_EXPORT_PATH = '/api/referents/export/evaluation.csv';
export const REFERENT_SIGN_OUT_PATH = '/api/referents/deconnexion';
export const MESSAGES_PATH = '/api/referents/messages';

export function ReferentPage({ title, referent, children }: { title: string; referent: ReferentIdentity; children?: ReactNode }) {
  return (
    <FunctionPage title={title} section="/referents/" wide>
      <p>{`${referent.name}, ${referent.role}. Départements : ${referent.departments.join(', ')}.`}</p>
      <nav aria-label="Espace des référents">
        <ul className="plain">
          <li>
            <a href={DASHBOARD_PATH}>Tableau de bord</a>
          </li>
          <li>
            <a href={APPLICATIONS_PATH}>Inscriptions à valider</a>
          </li>
          <li>
            <a href={TERRITORY_PATH}>Demandes d’intervention de mon territoire</a>
          </li>
          <li>
            <a href={EVENT_CALLS_PATH}>Appels aux ambassadeurs pour les événements</a>
          </li>
          <li>
            <a href={MESSAGES_PATH}>Écrire aux ambassadeurs</a>
          </li>
          <li>
            <a href={REQUESTS_EXPORT_PATH} download>
              Télécharger les demandes (CSV)
            </a>
          </li>
          <li>
            <a href={AMBASSADORS_EXPORT_PATH} download>
              Télécharger l’activité des ambassadeurs (CSV)
            </a>
          </li>
          <li>
            <a href={EVALUATION_EXPORT_PATH} download>
              Télécharger le tableau d’évaluation (CSV)
            </a>
          </li>
        </ul>
      </nav>
      <SignOutForm action={REFERENT_SIGN_OUT_PATH} />
      {children}
    </FunctionPage>
  );
}
