/**
 * The yearly commitment an ambassador offers (issue 11, part 4), as requesters read it on the
 * profile page and the request form. Browser-safe. The monthly rhythm is the private monthly
 * capacity (applications.monthly_capacity), applied but not published; the yearly volume is
 * applied by the request workflows (src/server/records/ambassadors.ts); « périodes scolaires
 * uniquement » is a stated preference only: the holiday calendar is not in the platform, so no
 * slot is refused for it.
 */
import type { AmbassadorData } from './schemas.ts';

type Commitment = Pick<AmbassadorData, 'yearlyInterventions' | 'schoolPeriodsOnly'>;

/** « Propose 6 interventions par année scolaire, pendant les périodes scolaires uniquement. », or undefined when nothing is stated. */
export function commitmentSentence({ yearlyInterventions, schoolPeriodsOnly }: Commitment): string | undefined {
  const volume =
    yearlyInterventions === undefined
      ? undefined
      : `Propose ${yearlyInterventions} intervention${yearlyInterventions > 1 ? 's' : ''} par année scolaire`;
  if (volume && schoolPeriodsOnly) return `${volume}, pendant les périodes scolaires uniquement (hors vacances scolaires).`;
  if (volume) return `${volume}.`;
  if (schoolPeriodsOnly) return 'Intervient pendant les périodes scolaires uniquement (hors vacances scolaires).';
  return undefined;
}

/** Why a request cannot be made while the yearly volume is reached: until the next school year starts. */
export function yearlyVolumeReachedMessage(yearlyInterventions: number, nextSchoolYearStart: string): string {
  return `Cet ambassadeur a atteint son engagement de l’année scolaire (${yearlyInterventions} intervention${yearlyInterventions > 1 ? 's' : ''} acceptée${yearlyInterventions > 1 ? 's' : ''} ou réalisée${yearlyInterventions > 1 ? 's' : ''}) : il ne reçoit plus de nouvelle demande avant le ${nextSchoolYearStart}, début de l’année scolaire suivante.`;
}
