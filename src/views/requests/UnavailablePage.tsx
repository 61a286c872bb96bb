/** When an ambassador cannot receive a request: why, and who else can be asked. */
import { yearlyVolumeReachedMessage } from '../../lib/commitment.ts';
import { FunctionPage } from '../layout/FunctionPage.tsx';

export type UnavailableReason = 'paused' | 'capacity' | 'yearly' | 'unknown';

/** The yearly volume reached: how many, and the first day of the next school year (« 1er septembre 2027 »). */
export interface YearlyVolume {
  volume: number;
  nextSchoolYear: string;
}

export interface SuggestedAmbassador {
  displayName: string;
  jobTitle: string;
  /** The profile's address (absolute): the link keeps only its path. */
  url: string;
}

const why = (reason: UnavailableReason, name: string | undefined, yearly: YearlyVolume | undefined): string =>
  reason === 'unknown' || name === undefined
    ? 'Cet ambassadeur ne peut pas recevoir de demande en ligne.'
    : reason === 'paused'
      ? `${name} a mis ses interventions en pause.`
      : reason === 'yearly' && yearly
        ? yearlyVolumeReachedMessage(yearly.volume, yearly.nextSchoolYear)
        : `${name} a reçu ce mois-ci toutes les demandes qu’il ou elle peut accepter.`;

export function UnavailablePage({
  reason,
  name,
  suggestions = [],
  yearly,
}: {
  reason: UnavailableReason;
  /** For `yearly`: the volume and when it starts again. */
  yearly?: YearlyVolume | undefined;
  /** The ambassador's display name, when known. */
  name?: string | undefined;
  suggestions?: readonly SuggestedAmbassador[];
}) {
  return (
    <FunctionPage title="Demande impossible pour le moment" section="/ambassadeurs/">
      <p>{why(reason, name, yearly)}</p>
      {suggestions.length > 0 ? (
        <>
          <p>Ces ambassadeurs du même secteur sont disponibles :</p>
          <ul>
            {suggestions.map((s) => (
              <li key={s.url}>
                <a href={new URL(s.url).pathname}>{s.displayName}</a>
                {`, ${s.jobTitle}`}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Le <a href="/referents/">référent de votre département</a> peut vous orienter vers un autre ambassadeur.
        </p>
      )}
      <p>
        <a href="/ambassadeurs/">Retour à l’annuaire</a>
      </p>
    </FunctionPage>
  );
}
